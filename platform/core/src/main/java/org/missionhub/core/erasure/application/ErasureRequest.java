package org.missionhub.core.erasure.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A platform administrator's order to erase an organisation: its slug typed again as confirmation, and for
 * every mission it leads with partners, which partner (by slug) takes the lead.
 */
public record ErasureRequest(
    @NotBlank(message = "type the organisation's slug to confirm that it is erased for good") @Size(max = 63) String confirm,
    @Size(max = 10_000) Map<String, String> handovers) {

  public ErasureRequest {
    handovers = handovers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(handovers));
  }
}

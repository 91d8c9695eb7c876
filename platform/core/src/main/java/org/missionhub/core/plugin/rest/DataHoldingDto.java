package org.missionhub.core.plugin.rest;

import java.util.Map;
import org.missionhub.api.plugin.DataHolding;

/** One kind of data a plugin holds for the organisation: its key, its name by language, how many items. */
public record DataHoldingDto(String id, Map<String, String> name, long items) {

  public static DataHoldingDto from(DataHolding holding) {
    return new DataHoldingDto(holding.id(), holding.name().all(), holding.items());
  }
}

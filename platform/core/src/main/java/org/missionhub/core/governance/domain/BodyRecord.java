package org.missionhub.core.governance.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A governance body as a client writes it; {@code members} replaces the whole membership. */
public record BodyRecord(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 4000) String mandate,
    @Size(max = 100) List<@Valid BodyMember> members) {

  public List<BodyMember> membersOrEmpty() {
    return members == null ? List.of() : members;
  }
}

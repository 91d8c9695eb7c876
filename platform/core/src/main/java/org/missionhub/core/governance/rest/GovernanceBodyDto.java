package org.missionhub.core.governance.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.core.governance.domain.BodyMember;
import org.missionhub.core.governance.domain.GovernanceBody;

/** JSON shape of a governance body. */
public record GovernanceBodyDto(
    String id,
    String name,
    String mandate,
    List<MemberDto> members,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  /** JSON shape of a seat on the body. */
  public record MemberDto(String name, String affiliation, BodyMember.Function function, String subject) {}

  public static GovernanceBodyDto from(GovernanceBody b) {
    return new GovernanceBodyDto(
        b.id(),
        b.name(),
        b.mandate(),
        b.members().stream().map(m -> new MemberDto(m.getName(), m.getAffiliation(), m.getFunction(), m.getSubject())).toList(),
        b.createdAt(),
        b.updatedAt(),
        b.version());
  }
}

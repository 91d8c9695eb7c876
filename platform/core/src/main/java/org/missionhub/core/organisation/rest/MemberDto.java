package org.missionhub.core.organisation.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Membership;

/** JSON shape of a member of an organisation. */
public record MemberDto(
    String id,
    String subject,
    String displayName,
    String email,
    OrganisationRole role,
    OffsetDateTime memberSince,
    long version) {

  public static MemberDto from(Membership m) {
    return new MemberDto(
        m.id(),
        m.subject(),
        m.person().displayName(),
        m.person().email(),
        m.role(),
        m.createdAt(),
        m.version());
  }
}

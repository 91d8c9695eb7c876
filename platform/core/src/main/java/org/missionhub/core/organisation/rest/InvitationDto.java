package org.missionhub.core.organisation.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.MemberInvitation;

/** JSON shape of an invitation to join an organisation. */
public record InvitationDto(
    String id,
    String email,
    OrganisationRole role,
    MemberInvitation.Status status,
    boolean emailSent,
    OffsetDateTime invitedAt,
    OffsetDateTime answeredAt,
    long version) {

  public static InvitationDto from(MemberInvitation i) {
    return new InvitationDto(i.id(), i.email(), i.role(), i.status(), i.emailSent(), i.invitedAt(), i.answeredAt(), i.version());
  }
}

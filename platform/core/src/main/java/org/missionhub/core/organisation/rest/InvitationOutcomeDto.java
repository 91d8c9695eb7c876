package org.missionhub.core.organisation.rest;

import org.missionhub.core.organisation.application.InvitationOutcome;

/**
 * JSON shape of what an invitation did: {@code MEMBER} (the person had an account and is now a member,
 * see {@code member}) or {@code INVITED} (see {@code invitation}; {@code emailSent} says whether the
 * identity provider could e-mail them).
 */
public record InvitationOutcomeDto(String outcome, MemberDto member, InvitationDto invitation) {

  public static InvitationOutcomeDto from(InvitationOutcome outcome) {
    return outcome
        .membership()
        .map(m -> new InvitationOutcomeDto("MEMBER", MemberDto.from(m), null))
        .orElseGet(() -> new InvitationOutcomeDto("INVITED", null, InvitationDto.from(outcome.invitation().orElseThrow())));
  }
}

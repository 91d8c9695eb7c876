package org.missionhub.core.organisation.application;

import java.util.Optional;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.domain.Membership;

/**
 * What inviting someone did: a person who already has an account became a member at once; anyone else got
 * an invitation (e-mailed by the identity provider when it can send e-mail).
 */
public record InvitationOutcome(Optional<Membership> membership, Optional<MemberInvitation> invitation) {

  static InvitationOutcome member(Membership membership) {
    return new InvitationOutcome(Optional.of(membership), Optional.empty());
  }

  static InvitationOutcome invited(MemberInvitation invitation) {
    return new InvitationOutcome(Optional.empty(), Optional.of(invitation));
  }
}

package org.missionhub.core.organisation.application;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.InvitationRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/**
 * Inviting people by e-mail (ORG_ADMIN). Someone whose account has the address <em>verified</em> becomes a
 * member at once. Anyone else gets the identity provider's organisation invitation e-mail, and becomes a
 * member with the invited role the first time they work in the organisation with that address verified.
 * An account holding the address unverified is no proof of owning it (registration is open), so it is
 * admitted only after the identity provider has the person verify it at their next sign-in.
 */
@ApplicationService
public class InvitationService {

  @Inject RequestContext request;
  @Inject InvitationRepository invitations;
  @Inject OrganisationRepository organisations;
  @Inject MembershipService memberships;
  @Inject OrganisationIdentity organisationIdentity;
  @Inject IdentityProvider identity;
  @Inject TimeSource time;

  public Page<MemberInvitation> list(Optional<MemberInvitation.Status> status, PageRequest page) {
    requireAdmin();
    return invitations.list(status, page);
  }

  public MemberInvitation get(String id) {
    requireAdmin();
    return invitations.find(id).orElseThrow(() -> ApplicationException.notFound("Invitation"));
  }

  public InvitationOutcome invite(@NotNull @Valid NewInvitation invitation) {
    OrganisationContext context = requireAdmin();
    Organisation organisation = current(context);
    var account = identity.userByEmail(invitation.email());
    var pending = invitations.pendingFor(invitation.email());
    if (account.isPresent() && account.get().emailVerified()) {
      // inviting again once the address is verified admits the person and settles what was waiting
      pending.ifPresent(waiting -> waiting.accept(time.now()));
      var person = organisationIdentity.personWithAccount("email", account.get().id());
      return InvitationOutcome.member(memberships.admit(organisation, person, invitation.role()));
    }
    if (pending.isPresent()) {
      throw ApplicationException.conflict(invitation.email() + " is already invited");
    }
    account.ifPresent(unverified -> identity.requireEmailVerification(unverified.id()));
    boolean sent = identity.invite(organisationIdentity.link(organisation), invitation.email());
    MemberInvitation created =
        new MemberInvitation(invitation.email(), invitation.role(), sent, request.caller().subject(), time.now());
    invitations.add(created);
    return InvitationOutcome.invited(created);
  }

  public void revoke(String id, long expectedVersion) {
    requireAdmin();
    MemberInvitation invitation = get(id);
    if (invitation.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This invitation");
    }
    invitation.revoke(time.now());
  }

  /**
   * The caller works in an organisation for the first time and has no membership yet: if the organisation
   * invited their verified e-mail address, the invitation becomes their membership. Runs inside {@link
   * OrganisationAccess#enter}, with the organisation already bound as tenant.
   */
  Optional<Membership> acceptPending(Organisation organisation, Caller caller) {
    if (caller.email() == null) {
      return Optional.empty();
    }
    return invitations
        .pendingFor(caller.email())
        .map(
            invitation -> {
              invitation.accept(time.now());
              var person = organisationIdentity.personWithAccount("subject", caller.subject());
              return memberships.admit(organisation, person, invitation.role());
            });
  }

  private OrganisationContext requireAdmin() {
    OrganisationContext context = request.requireOrganisation();
    if (!context.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can manage invitations");
    }
    return context;
  }

  private Organisation current(OrganisationContext context) {
    return organisations.find(context.id()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }
}

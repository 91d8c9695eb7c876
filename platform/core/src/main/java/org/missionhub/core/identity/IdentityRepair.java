package org.missionhub.core.identity;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.InvitationRepository;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Brings one organisation's identity-provider side back in line with MissionHub's, MissionHub being the
 * writer: the provider's organisation exists and is linked, carries the name, is enabled exactly while the
 * organisation is active, and has as members exactly MissionHub's members plus people invited by e-mail who
 * have not started working yet. Every difference found is repaired and logged.
 */
@ApplicationService
public class IdentityRepair {

  private static final Logger LOG = Logger.getLogger(IdentityRepair.class.getName());

  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject InvitationRepository invitations;
  @Inject IdentityProvider identity;
  @Inject Tenancy tenancy;

  /** Every organisation to reconcile. */
  public java.util.List<OrganisationId> organisationIds() {
    return organisations.allIds();
  }

  /** Returns the number of differences repaired. */
  public int repair(OrganisationId id) {
    Organisation organisation = organisations.find(id).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    if (organisation.status() == OrganisationStatus.PENDING || organisation.status() == OrganisationStatus.ERASED) {
      return 0;
    }
    tenancy.bind(organisation.id());
    int repaired = 0;
    String linked = organisation.identityProviderId().filter(identity::organisationExists).orElse(null);
    if (linked == null) {
      linked = identity.ensureOrganisation(organisation.slug(), organisation.name(), organisation.webDomain());
      organisation.linkIdentityProvider(linked);
      drift(organisation, "was not linked to an identity-provider organisation; linked " + linked);
      repaired++;
    }
    identity.updateOrganisation(linked, organisation.name(), organisation.status() == OrganisationStatus.ACTIVE);
    List<IdentityUser> providerMembers = identity.members(linked);
    Set<String> inProvider = providerMembers.stream().map(IdentityUser::id).collect(Collectors.toSet());
    Set<String> inMissionHub = memberships.all().stream().map(Membership::subject).collect(Collectors.toSet());
    for (String subject : inMissionHub) {
      if (!inProvider.contains(subject)) {
        identity.addMember(linked, subject);
        drift(organisation, "member " + subject + " was missing in the identity provider; added");
        repaired++;
      }
    }
    for (IdentityUser user : providerMembers) {
      if (!inMissionHub.contains(user.id()) && !invited(user)) {
        identity.removeMember(linked, user.id());
        drift(organisation, "identity-provider member " + user.id() + " has no MissionHub membership; removed");
        repaired++;
      }
    }
    return repaired;
  }

  private boolean invited(IdentityUser user) {
    return user.email() != null
        && invitations.pendingFor(user.email()).map(i -> i.status() == MemberInvitation.Status.PENDING).orElse(false);
  }

  private static void drift(Organisation organisation, String what) {
    LOG.warning("Identity drift in organisation " + organisation.slug() + ": " + what);
  }
}

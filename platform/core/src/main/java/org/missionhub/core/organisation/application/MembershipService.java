package org.missionhub.core.organisation.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MemberRemoved;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/**
 * The members of the request's organisation. Every member may list them; only an ORG_ADMIN adds, changes
 * and removes them, and the last ORG_ADMIN can be neither demoted nor removed.
 */
@ApplicationService
public class MembershipService {

  @Inject RequestContext request;
  @Inject MembershipRepository memberships;
  @Inject OrganisationIdentity identity;
  @Inject OrganisationRepository organisations;
  @Inject TimeSource time;
  @Inject Event<MembershipEnding> membershipEnding;
  @Inject Event<DomainEvent> events;

  public Page<Membership> list(PageRequest page) {
    request.requireOrganisation();
    return memberships.list(page);
  }

  public Membership get(String id) {
    request.requireOrganisation();
    return memberships.find(id).orElseThrow(() -> ApplicationException.notFound("Member"));
  }

  public Membership add(@NotNull @Valid NewMember member) {
    requireAdmin();
    Person person = identity.personWithAccount("subject", member.subject());
    return admit(current(), person, member.role());
  }

  /**
   * Makes a person with an account a member of the current organisation, in MissionHub and at the
   * identity provider (their next token lists the organisation).
   */
  Membership admit(Organisation organisation, Person person, OrganisationRole role) {
    if (memberships.findBySubject(person.subject()).isPresent()) {
      throw ApplicationException.conflict(person.displayName() + " is already a member of this organisation");
    }
    Membership membership = new Membership(person, role, time.now());
    memberships.add(membership);
    identity.addMember(organisation, person.subject());
    if (membership.isAdmin()) {
      identity.secondFactor(organisation, person.subject(), true);
    }
    return membership;
  }

  public Membership changeRole(String id, long expectedVersion, @NotNull @Valid RoleChange change) {
    requireAdmin();
    Membership membership = get(id);
    requireVersion(membership, expectedVersion);
    boolean wasAdmin = membership.isAdmin();
    if (wasAdmin && change.role() != OrganisationRole.ORG_ADMIN) {
      requireAnotherAdmin();
    }
    membership.changeRole(change.role(), time.now());
    if (wasAdmin != membership.isAdmin()) {
      identity.secondFactor(current(), membership.subject(), membership.isAdmin());
    }
    return membership;
  }

  public void remove(String id, long expectedVersion) {
    OrganisationContext organisation = requireAdmin();
    Membership membership = get(id);
    requireVersion(membership, expectedVersion);
    if (membership.isAdmin()) {
      requireAnotherAdmin();
    }
    membershipEnding.fire(new MembershipEnding(organisation.id(), membership.subject()));
    memberships.remove(membership);
    identity.removeMember(current(), membership.subject());
    if (membership.isAdmin()) {
      identity.secondFactor(current(), membership.subject(), false);
    }
    events.fire(new MemberRemoved(organisation.id(), membership.subject(), time.now()));
  }

  private Organisation current() {
    return organisations
        .find(request.requireOrganisation().id())
        .orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }

  private OrganisationContext requireAdmin() {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can manage members");
    }
    return organisation;
  }

  private void requireAnotherAdmin() {
    if (memberships.countWithRole(OrganisationRole.ORG_ADMIN) <= 1) {
      throw ApplicationException.conflict(
          "An organisation must keep at least one administrator; make someone else ORG_ADMIN first");
    }
  }

  private static void requireVersion(Membership membership, long expectedVersion) {
    if (membership.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This membership");
    }
  }
}

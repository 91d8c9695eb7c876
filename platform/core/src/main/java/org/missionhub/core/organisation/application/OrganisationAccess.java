package org.missionhub.core.organisation.application;

import jakarta.inject.Inject;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Decides whether the caller may work in the organisation named by a slug, and if so makes it the
 * request's organisation. The organisation must be listed in the caller's verified token AND hold the
 * caller's membership in the database; otherwise it does not exist for the caller (404). A suspended
 * organisation answers 403 to its members from their next request on.
 */
@ApplicationService
public class OrganisationAccess {

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject People people;
  @Inject Tenancy tenancy;
  @Inject InvitationService invitations;

  public OrganisationContext enter(String slug) {
    Caller caller = request.caller();
    if (!caller.organisationSlugs().contains(slug)) {
      throw ApplicationException.notFound("Organisation");
    }
    Organisation organisation =
        organisations
            .findBySlug(slug)
            .filter(o -> o.status() != OrganisationStatus.PENDING && o.status() != OrganisationStatus.ERASED)
            .orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(organisation.id());
    Membership membership =
        memberships
            .findBySubject(caller.subject())
            .or(() -> invitations.acceptPending(organisation, caller))
            .orElseThrow(() -> ApplicationException.notFound("Organisation"));
    if (organisation.status() == OrganisationStatus.SUSPENDED) {
      throw new ApplicationException(
          ProblemKind.ORGANISATION_SUSPENDED,
          organisation.name() + " is suspended; contact the MissionHub operators");
    }
    people.syncFrom(caller);
    OrganisationContext context = new OrganisationContext(organisation.id(), slug, membership.role());
    request.enter(context);
    return context;
  }
}

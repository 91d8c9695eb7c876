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
    Organisation organisation = visible(caller, slug);
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
    return entered(organisation, slug, membership);
  }

  /**
   * Enters the organisation for a read made on a person's behalf with a feed's secret (the caller was
   * built from the subscription, not from a token): the membership must still be there and the
   * organisation active. A suspended organisation answers 404 here, since nobody signed in is told why;
   * nothing about the person is updated and no invitation is accepted.
   */
  public OrganisationContext enterOnBehalf(String slug) {
    Caller caller = request.caller();
    Organisation organisation = visible(caller, slug);
    Membership membership = memberships.findBySubject(caller.subject()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    if (organisation.status() != OrganisationStatus.ACTIVE) {
      throw ApplicationException.notFound("Organisation");
    }
    return entered(organisation, slug, membership);
  }

  /** The organisation, if the caller's identity names it and it exists for people; bound as tenant. */
  private Organisation visible(Caller caller, String slug) {
    if (!caller.organisationSlugs().contains(slug)) {
      throw ApplicationException.notFound("Organisation");
    }
    Organisation organisation =
        organisations
            .findBySlug(slug)
            .filter(o -> o.status() != OrganisationStatus.PENDING && o.status() != OrganisationStatus.ERASED)
            .orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(organisation.id());
    return organisation;
  }

  private OrganisationContext entered(Organisation organisation, String slug, Membership membership) {
    OrganisationContext context = new OrganisationContext(organisation.id(), slug, membership.role());
    request.enter(context);
    return context;
  }
}

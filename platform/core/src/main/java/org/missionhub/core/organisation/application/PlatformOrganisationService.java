package org.missionhub.core.organisation.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.OrganisationReactivated;
import org.missionhub.api.event.OrganisationSuspended;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Operating the platform: a PLATFORM_ADMIN lists organisations, creates one with its first ORG_ADMIN, and
 * approves, suspends or reactivates organisations. The platform administrator sees organisations' names and
 * status, never their data. Each change is audited in the affected organisation's log.
 */
@ApplicationService
public class PlatformOrganisationService {

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject MembershipRepository memberships;
  @Inject OrganisationIdentity identity;
  @Inject Tenancy tenancy;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;

  public Page<Organisation> list(Optional<OrganisationStatus> status, PageRequest page) {
    return list(status, Optional.empty(), page);
  }

  /** Organisations, optionally of one status and whose name or slug contains the text. */
  public Page<Organisation> list(Optional<OrganisationStatus> status, Optional<String> text, PageRequest page) {
    requirePlatformAdmin();
    return organisations.list(status, text.map(String::strip).filter(t -> !t.isEmpty()), page);
  }

  public Organisation get(String slug) {
    requirePlatformAdmin();
    return organisations.findBySlug(slug).orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }

  public Organisation create(@NotNull @Valid NewOrganisation command) {
    requirePlatformAdmin();
    return createActive(command);
  }

  /**
   * Creates an active organisation whose first ORG_ADMIN is the account with {@code firstAdminEmail}, verified.
   * Does not check the caller: for the platform's own tasks (demo data); others go through {@link #create}.
   */
  public Organisation createActive(@NotNull @Valid NewOrganisation command) {
    return createActive(command, identity.personWithVerifiedEmail("firstAdminEmail", command.firstAdminEmail()));
  }

  /**
   * Creates an active organisation, in MissionHub and as an identity-provider organisation, with its first
   * ORG_ADMIN. Does not check the caller: for the platform's own flows (approving an onboarding request)
   * after they checked it.
   */
  public Organisation createActive(@NotNull @Valid NewOrganisation command, Person firstAdmin) {
    if (organisations.slugTaken(command.slug())) {
      throw new ApplicationException(
          ProblemKind.CONFLICT,
          "The slug '" + command.slug() + "' is already taken",
          List.of(new FieldError("slug", "is already taken")));
    }
    var now = time.now();
    Organisation organisation =
        new Organisation(
            command.slug(), command.name(), command.type(), command.country(), OrganisationStatus.ACTIVE, now);
    organisation.recordWebDomain(command.webDomain());
    organisations.add(organisation);
    tenancy.bind(organisation.id());
    memberships.add(new Membership(firstAdmin, OrganisationRole.ORG_ADMIN, now));
    identity.addMember(organisation, firstAdmin.subject());
    identity.secondFactor(organisation, firstAdmin.subject(), true);
    return organisation;
  }

  public Organisation changeStatus(String slug, long expectedVersion, @NotNull @Valid StatusChange change) {
    Organisation organisation = get(slug);
    if (organisation.version() != expectedVersion) {
      throw ApplicationException.staleVersion("The organisation");
    }
    tenancy.bind(organisation.id());
    OrganisationStatus before = organisation.status();
    organisation.changeStatus(change.status(), time.now());
    identity.changed(organisation);
    if (organisation.status() == OrganisationStatus.SUSPENDED && before != OrganisationStatus.SUSPENDED) {
      events.fire(new OrganisationSuspended(organisation.id(), time.now()));
    } else if (before == OrganisationStatus.SUSPENDED && organisation.status() == OrganisationStatus.ACTIVE) {
      events.fire(new OrganisationReactivated(organisation.id(), time.now()));
    }
    return organisation;
  }

  private void requirePlatformAdmin() {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
  }
}

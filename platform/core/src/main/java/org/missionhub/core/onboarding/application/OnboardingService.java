package org.missionhub.core.onboarding.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.notice.Notices;
import org.missionhub.core.onboarding.domain.OnboardingApplication;
import org.missionhub.core.onboarding.domain.OnboardingRequest;
import org.missionhub.core.organisation.application.NewOrganisation;
import org.missionhub.core.organisation.application.OrganisationIdentity;
import org.missionhub.core.organisation.application.PlatformOrganisationService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.shared.TimeSource;

/**
 * Onboarding requests: anyone signed in asks, sees their own requests and is told the outcome; a platform
 * administrator lists, approves and rejects them.
 */
@ApplicationService
public class OnboardingService {

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject PlatformOrganisationService platform;
  @Inject OrganisationIdentity identity;
  @Inject Notices notices;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public OnboardingRequest request(@NotNull @Valid OnboardingApplication application) {
    Caller caller = request.caller();
    if (organisations.slugTaken(application.slug()) || pendingFor(application.slug()).isPresent()) {
      throw new ApplicationException(
          ProblemKind.CONFLICT,
          "The slug '" + application.slug() + "' is already taken or requested; choose another",
          List.of(new FieldError("slug", "is already taken or requested")));
    }
    OnboardingRequest created = new OnboardingRequest(caller.subject(), caller.displayName(), application, time.now());
    em.persist(created);
    return created;
  }

  public Page<OnboardingRequest> mine(PageRequest page) {
    return list(" WHERE r.requesterSubject = :who", request.caller().subject(), page);
  }

  public OnboardingRequest mine(String id) {
    return find(id).filter(r -> r.requesterSubject().equals(request.caller().subject()))
        .orElseThrow(() -> ApplicationException.notFound("Onboarding request"));
  }

  public Page<OnboardingRequest> all(Optional<OnboardingRequest.Status> status, PageRequest page) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    return status.isPresent() ? list(" WHERE r.status = :who", status.get(), page) : list("", null, page);
  }

  public OnboardingRequest get(String id) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    return find(id).orElseThrow(() -> ApplicationException.notFound("Onboarding request"));
  }

  /**
   * Creates the organisation, here and in the identity provider, with the requester as its first ORG_ADMIN
   * (their next sign-in lists it), and tells them.
   */
  public OnboardingRequest approve(String id, long expectedVersion) {
    Caller admin = request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    OnboardingRequest onboarding = pending(id, expectedVersion);
    Person requester = identity.personWithAccount("requester", onboarding.requesterSubject());
    Organisation organisation =
        platform.createActive(
            new NewOrganisation(
                onboarding.slug(),
                onboarding.organisationName(),
                onboarding.type(),
                onboarding.country(),
                onboarding.webDomain(),
                onboarding.contactEmail()),
            requester);
    onboarding.approve(organisation, admin.subject(), time.now());
    notices.send(
        onboarding.requesterSubject(),
        requester.email(),
        "ONBOARDING_APPROVED",
        "Welcome to MissionHub",
        onboarding.organisationName()
            + " is now on MissionHub and you are its administrator. Sign in again to start working in it.");
    return onboarding;
  }

  public OnboardingRequest reject(String id, long expectedVersion, @NotNull @Valid Rejection rejection) {
    Caller admin = request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    OnboardingRequest onboarding = pending(id, expectedVersion);
    onboarding.reject(rejection.reason(), admin.subject(), time.now());
    notices.send(
        onboarding.requesterSubject(),
        onboarding.contactEmail(),
        "ONBOARDING_REJECTED",
        "Your MissionHub request",
        "Your request to bring " + onboarding.organisationName() + " onto MissionHub was not approved: " + rejection.reason());
    return onboarding;
  }

  private OnboardingRequest pending(String id, long expectedVersion) {
    OnboardingRequest onboarding = find(id).orElseThrow(() -> ApplicationException.notFound("Onboarding request"));
    if (onboarding.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This onboarding request");
    }
    return onboarding;
  }

  private Optional<OnboardingRequest> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(OnboardingRequest.class, id));
  }

  private Optional<OnboardingRequest> pendingFor(String slug) {
    return em.createQuery("SELECT r FROM OnboardingRequest r WHERE r.slug = :slug AND r.status = :pending", OnboardingRequest.class)
        .setParameter("slug", slug)
        .setParameter("pending", OnboardingRequest.Status.PENDING)
        .getResultStream()
        .findFirst();
  }

  private Page<OnboardingRequest> list(String where, Object value, PageRequest page) {
    var query = em.createQuery("SELECT r FROM OnboardingRequest r" + where + " ORDER BY r.requestedAt DESC, r.id", OnboardingRequest.class);
    var count = em.createQuery("SELECT COUNT(r) FROM OnboardingRequest r" + where, Long.class);
    if (value != null) {
      query.setParameter("who", value);
      count.setParameter("who", value);
    }
    return new Page<>(
        query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(), count.getSingleResult());
  }
}

package org.missionhub.core.onboarding.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.onboarding.domain.OnboardingRequest;

/** JSON shape of an onboarding request. */
public record OnboardingRequestDto(
    String id,
    String organisationName,
    String slug,
    OrganisationType type,
    String country,
    String webDomain,
    String contactName,
    String contactEmail,
    String reason,
    String requesterSubject,
    String requesterName,
    OnboardingRequest.Status status,
    String decisionReason,
    OffsetDateTime decidedAt,
    String organisationSlug,
    OffsetDateTime requestedAt,
    long version) {

  public static OnboardingRequestDto from(OnboardingRequest r) {
    return new OnboardingRequestDto(
        r.id(), r.organisationName(), r.slug(), r.type(), r.country(), r.webDomain(), r.contactName(), r.contactEmail(),
        r.reason(), r.requesterSubject(), r.requesterName(), r.status(), r.decisionReason(), r.decidedAt(),
        r.organisation() == null ? null : r.organisation().slug(), r.requestedAt(), r.version());
  }
}

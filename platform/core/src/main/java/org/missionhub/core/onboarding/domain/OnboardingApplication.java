package org.missionhub.core.onboarding.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;
import org.missionhub.core.shared.Slug;
import org.missionhub.core.shared.WebDomain;

/** What someone asking to onboard their organisation tells MissionHub. */
public record OnboardingApplication(
    @NotBlank @Size(max = 200) String organisationName,
    @NotNull @Pattern(regexp = Slug.REGEX, message = Slug.RULE) String slug,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country,
    @Pattern(regexp = WebDomain.REGEX, message = WebDomain.RULE) String webDomain,
    @NotBlank @Size(max = 200) String contactName,
    @NotBlank @Email @Size(max = 320) String contactEmail,
    @NotBlank @Size(max = 4000) String reason) {}

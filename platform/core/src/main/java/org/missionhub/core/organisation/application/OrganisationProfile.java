package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;

/**
 * The editable profile of an organisation. {@code fiscalYearStart}, the month its fiscal year starts in
 * (1-12), is optional: left out, it stays as it is (January for a new organisation).
 */
public record OrganisationProfile(
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country,
    @Min(1) @Max(12) Integer fiscalYearStart) {}

package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;

/** The editable profile of an organisation. */
public record OrganisationProfile(
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country) {}

package org.missionhub.core.organisation.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;
import org.missionhub.core.shared.Slug;

/** A new organisation, created active by a platform administrator, with its first ORG_ADMIN. */
public record NewOrganisation(
    @NotNull @Pattern(regexp = Slug.REGEX, message = Slug.RULE) String slug,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country,
    @NotNull @Valid PersonDetails firstAdmin) {}

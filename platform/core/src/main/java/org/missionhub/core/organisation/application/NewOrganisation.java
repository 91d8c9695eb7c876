package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.shared.CountryCode;
import org.missionhub.core.shared.Slug;
import org.missionhub.core.shared.WebDomain;

/**
 * A new organisation, created active by a platform administrator, with its first ORG_ADMIN: a person who
 * already has a MissionHub account (registered with the identity provider), named by their e-mail.
 */
public record NewOrganisation(
    @NotNull @Pattern(regexp = Slug.REGEX, message = Slug.RULE) String slug,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationType type,
    @NotNull @CountryCode String country,
    @Pattern(regexp = WebDomain.REGEX, message = WebDomain.RULE) String webDomain,
    @NotBlank @Email @Size(max = 320) String firstAdminEmail) {}

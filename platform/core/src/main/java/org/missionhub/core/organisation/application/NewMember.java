package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationRole;

/**
 * Adds a person who has a MissionHub account, named by its id (the token subject), to the current
 * organisation. Their name and e-mail come from the identity provider, not from the request.
 */
public record NewMember(@NotBlank @Size(max = 255) String subject, @NotNull OrganisationRole role) {}

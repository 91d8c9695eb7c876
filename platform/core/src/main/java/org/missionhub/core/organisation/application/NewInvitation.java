package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationRole;

/** Invites a person, by e-mail, to the current organisation with an organisation role. */
public record NewInvitation(@NotBlank @Email @Size(max = 320) String email, @NotNull OrganisationRole role) {}

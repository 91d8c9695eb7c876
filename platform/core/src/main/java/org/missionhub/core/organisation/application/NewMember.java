package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.organisation.OrganisationRole;

/** Adds a person to the current organisation with an organisation role. */
public record NewMember(
    @NotBlank @Size(max = 255) String subject,
    @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 320) String email,
    @NotNull OrganisationRole role) {

  PersonDetails person() {
    return new PersonDetails(subject, displayName, email);
  }
}

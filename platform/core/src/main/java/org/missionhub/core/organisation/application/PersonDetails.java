package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person as the identity provider knows them. */
public record PersonDetails(
    @NotBlank @Size(max = 255) String subject,
    @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 320) String email) {}

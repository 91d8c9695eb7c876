package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.NotNull;
import org.missionhub.api.organisation.OrganisationRole;

/** A member's new organisation role. */
public record RoleChange(@NotNull OrganisationRole role) {}

package org.missionhub.core.mission.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.mission.MissionRole;

/**
 * Gives a person a mission role.
 *
 * @param organisation slug of the organisation through which the person holds the role: the lead or an
 *     accepted partner, of which the person must be a member; empty means the caller's current organisation
 */
public record RoleAssignment(
    @NotBlank @Size(max = 255) String subject, @Size(max = 63) String organisation, @NotNull MissionRole role) {}

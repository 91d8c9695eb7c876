package org.missionhub.core.mission.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The lead invites another organisation, named by its slug, to co-manage a mission. */
public record PartnerInvitation(@NotBlank @Size(max = 63) String organisation) {}

package org.missionhub.core.onboarding.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a platform administrator rejects an onboarding request; the requester reads it. */
public record Rejection(@NotBlank @Size(max = 2000) String reason) {}

package org.missionhub.core.organisation.application;

import jakarta.validation.constraints.NotNull;
import org.missionhub.api.organisation.OrganisationStatus;

/** A platform administrator's decision on an organisation's status (approve, suspend, reactivate). */
public record StatusChange(@NotNull OrganisationStatus status) {}

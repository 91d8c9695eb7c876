package org.missionhub.core.mission.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;

/**
 * What a mission is for: its title and statement, the challenge it addresses, its target (and whether that
 * target is measurable), its timeframe and how it is governed. Used to create a mission and to edit it.
 */
public record Charter(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 4000) String statement,
    @NotNull ChallengeArea challengeArea,
    @Size(max = 2000) String targetStatement,
    boolean targetMeasurable,
    LocalDate startDate,
    LocalDate endDate,
    @NotNull GovernanceMode governanceMode) {}

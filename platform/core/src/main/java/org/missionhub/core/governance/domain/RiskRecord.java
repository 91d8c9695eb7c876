package org.missionhub.core.governance.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;

/**
 * A risk as a client writes it.
 *
 * @param likelihood 1 (rare) to 5 (almost certain)
 * @param impact 1 (negligible) to 5 (severe)
 * @param status OPEN when empty
 */
public record RiskRecord(
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4000) String description,
    @NotNull RiskCategory category,
    @NotNull @Min(1) @Max(5) Integer likelihood,
    @NotNull @Min(1) @Max(5) Integer impact,
    @Size(max = 200) String owner,
    @Size(max = 4000) String mitigation,
    RiskStatus status) {}

package org.missionhub.core.governance.rest;

import java.time.OffsetDateTime;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.governance.domain.Risk;

/**
 * JSON shape of a risk; {@code score} is likelihood x impact, {@code high} when it reaches 15; {@code proposedBy}
 * names the plugin that proposed it (absent for the rest).
 */
public record RiskDto(
    String id,
    String title,
    String description,
    RiskCategory category,
    int likelihood,
    int impact,
    int score,
    boolean high,
    String owner,
    String mitigation,
    RiskStatus status,
    String proposedBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public static RiskDto from(Risk r) {
    return new RiskDto(
        r.id(), r.title(), r.description(), r.category(), r.likelihood(), r.impact(), r.score(), r.isHigh(),
        r.owner(), r.mitigation(), r.status(), r.proposingPlugin().orElse(null), r.createdAt(), r.updatedAt(), r.version());
  }
}

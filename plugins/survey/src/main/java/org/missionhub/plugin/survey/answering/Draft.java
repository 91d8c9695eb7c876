package org.missionhub.plugin.survey.answering;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Answers being written for one mission (or by one person), saved to be resumed; gone once submitted. */
public record Draft(
    String campaignId,
    String unitKey,
    String organisationId,
    String missionId,
    String savedBy,
    String savedByName,
    Map<String, List<String>> answers,
    OffsetDateTime updatedAt,
    long revision) {

  public Draft {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(unitKey, "unitKey");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    answers = Map.copyOf(answers);
  }
}

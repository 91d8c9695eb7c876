package org.missionhub.plugin.survey.answering;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submitted response. In an anonymous campaign the mission, the respondent and the time are not kept
 * (only the day), so nothing leads from the response to a person.
 */
public record Submitted(
    String id,
    String campaignId,
    int instrumentVersion,
    String organisationId,
    Optional<String> missionId,
    Optional<String> respondentSubject,
    Optional<String> respondentName,
    ResponseFacts facts,
    Map<String, List<String>> answers,
    LocalDate submittedOn,
    Optional<OffsetDateTime> updatedAt,
    long revision) {

  public Submitted {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(facts, "facts");
    answers = Map.copyOf(answers);
    Objects.requireNonNull(submittedOn, "submittedOn");
  }
}

package org.missionhub.plugin.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of the learning log: an insight, the evidence for it (words, a document's address, an
 * indicator), what it implies for the mission, and the decision of the decision log it fed.
 */
public record Lesson(
    String id,
    LocalDate recordedOn,
    String insight,
    String evidence,
    String evidenceUrl,
    String indicatorId,
    String implication,
    String decisionId,
    String authorSubject,
    String authorName,
    long revision) {

  public Lesson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recordedOn, "recordedOn");
    Objects.requireNonNull(insight, "insight");
    Objects.requireNonNull(authorSubject, "authorSubject");
  }
}

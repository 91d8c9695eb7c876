package org.missionhub.plugin.roadmap.model;

import java.time.OffsetDateTime;

/** A review's verdict on one initiative, with its rationale and the decision it became in the decision log. */
public record ReviewVerdict(String reviewId, String initiativeId, Verdict verdict, String rationale, String decisionId, String decidedByName, OffsetDateTime decidedAt) {}

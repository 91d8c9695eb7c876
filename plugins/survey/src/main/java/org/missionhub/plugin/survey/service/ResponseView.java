package org.missionhub.plugin.survey.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.response.AnswerProblem;

/**
 * A mission's (or a person's) response to a campaign as its respondents see it.
 *
 * @param status NOT_STARTED, DRAFT or SUBMITTED
 * @param answeredHere false when a partner organisation is answering for the mission (its answers are not shown)
 * @param answers null when not shown (a partner's, or a submitted anonymous response, which keeps no link to you)
 * @param shown the questions shown for these answers, in order
 * @param problems what still stands in the way of submitting (missing and wrong answers)
 * @param editable whether the answers may change now
 */
public record ResponseView(
    String campaignId,
    String status,
    boolean answeredHere,
    String missionId,
    Map<String, List<String>> answers,
    List<String> shown,
    List<AnswerProblem> problems,
    boolean editable,
    String savedByName,
    OffsetDateTime updatedAt,
    long revision) {}

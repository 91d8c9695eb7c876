package org.missionhub.plugin.survey.service;

import java.util.List;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * Where an organisation stands: its own answers next to its peers' published results.
 *
 * @param peers {@code all} or the dimension the peers share ({@code organisationType}, {@code country}, ...)
 * @param peerGroup the value they share (the organisation's own type, country, ...), null for all
 * @param ownResponses how many responses the organisation submitted
 */
public record Standing(String campaignId, String title, String peers, String peerGroup, long ownResponses, List<QuestionStanding> questions) {

  /**
   * One question. {@code own} counts the organisation's answers (null in an anonymous campaign when it gave
   * fewer responses than the minimum); {@code peers} is the published row of the peer group (null, with a
   * note, when the group is too small to publish).
   */
  public record QuestionStanding(
      String question, String label, String type, List<QuestionResult.Category> categories, Own own, QuestionResult.Row peers, String note, List<QuestionStanding> items) {}

  /** The organisation's own answers to a question. */
  public record Own(long respondents, List<OwnCell> cells, Double mean) {}

  public record OwnCell(String category, long count, double percentOfRespondents) {}
}

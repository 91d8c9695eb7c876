package org.missionhub.plugin.survey.results;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One question's results in the waves of an instrument (its campaigns, oldest first, ending with the one
 * asked about) and the change from each wave to the next. Every wave's result is its published result;
 * every change is the difference of two numbers both published, so the comparison tells nothing the waves
 * do not ({@link WaveChanges}).
 *
 * @param question the code asked about, in the last wave
 * @param notAsked earlier waves (campaign ids) whose version does not ask the question
 */
public record WaveComparison(String question, String label, String type, List<Wave> waves, List<Step> steps, List<String> notAsked) {

  /**
   * One campaign of the instrument.
   *
   * @param question the question's code in this wave's version (it may have been renamed since)
   */
  public record Wave(String campaignId, String title, int instrumentVersion, OffsetDateTime opensAt, OffsetDateTime closesAt, String question, QuestionResult result) {}

  /** From wave {@code from} to the next, {@code to} (campaign ids): a table per breakdown both offer. */
  public record Step(String from, String to, List<ChangeTable> tables) {}

  /** The overall change ({@code by = "all"}) or a breakdown's, a row per group shown on its own in both waves. */
  public record ChangeTable(String by, List<ChangeRow> rows) {}

  /**
   * @param mean the change of a scale's or a number question's mean, null when either wave withholds it
   * @param median the change of its median
   */
  public record ChangeRow(String group, List<Change> cells, Double mean, Double median) {}

  /** The change in percentage points of respondents; null (and {@code withheld}) when either wave withholds the cell. */
  public record Change(String category, Double points, boolean withheld) {}
}

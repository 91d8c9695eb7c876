package org.missionhub.plugin.survey.instrument;

/** The kinds of question an instrument can ask (and their XLSForm counterparts, for import and export). */
public enum QuestionType {
  /** One option (select_one). */
  SINGLE_CHOICE,
  /** Any number of options, possibly "other, specify" (select_multiple). */
  MULTIPLE_CHOICE,
  /** One labelled point of a scale (select_one with a scale list). */
  LIKERT,
  /** A number, with optional minimum and maximum (integer, decimal). */
  NUMBER,
  /** One line of text (text). */
  TEXT_SHORT,
  /** Several paragraphs (text with multiline appearance). */
  TEXT_LONG,
  /** An ISO 3166 country code. */
  COUNTRY,
  /** A date, ISO 8601 (date). */
  DATE,
  /** Several items, each answered on the same scale (a group of select_one with field-list). */
  MATRIX,
  /** Text shown to the respondent, not a question (note). */
  NOTE,
  /**
   * A value computed from earlier answers (calculate): not asked, shown read-only as it is being answered, stored with
   * the response; its results are those of a number when it computes numbers.
   */
  CALCULATED;

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT || this == MATRIX;
  }
}

package org.missionhub.plugin.survey.response;

/**
 * What is wrong with one answer: its key (a question code, {@code <code>_other} or {@code <code>.<item>})
 * and why. {@code missing} marks a required answer not given yet, which a saved draft may lack.
 */
public record AnswerProblem(String key, String message, boolean missing) {

  public AnswerProblem(String key, String message) {
    this(key, message, false);
  }

  static AnswerProblem required(String key) {
    return new AnswerProblem(key, "is required", true);
  }
}

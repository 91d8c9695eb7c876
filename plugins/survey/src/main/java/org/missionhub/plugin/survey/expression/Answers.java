package org.missionhub.plugin.survey.expression;

import java.util.List;
import java.util.Optional;

/** What an expression can read: the answers given so far, by question code. */
@FunctionalInterface
public interface Answers {

  /**
   * The answer to a question: empty if unanswered; one value for single answers (a choice code, a number or
   * a text as written); several for a multiple choice.
   */
  Optional<List<String>> of(String questionCode);
}

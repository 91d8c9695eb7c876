package org.missionhub.plugin.survey.response;

import java.util.List;
import java.util.Map;

/**
 * A response after checking: the answers to keep (only those of questions shown, normalised), the questions
 * that were shown, in order, and the problems; a response is valid when there are none.
 */
public record CheckedResponse(Map<String, List<String>> answers, List<String> shown, List<AnswerProblem> problems) {

  public CheckedResponse {
    answers = Map.copyOf(answers);
    shown = List.copyOf(shown);
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}

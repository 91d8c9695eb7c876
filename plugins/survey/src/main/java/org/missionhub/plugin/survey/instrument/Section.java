package org.missionhub.plugin.survey.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.expression.Expression;

/** A titled group of questions, shown only when its relevance holds (then all its questions are hidden). */
public record Section(String code, LocalizedText title, Optional<Expression> relevance, List<Question> questions) {

  public Section {
    Codes.require(code, "section");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(relevance, "relevance");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new InvalidInstrumentException("the section " + code + " has no questions");
    }
  }

  public static Section of(String code, LocalizedText title, Question... questions) {
    return new Section(code, title, Optional.empty(), List.of(questions));
  }

  public Section shownWhen(String expression) {
    return new Section(code, title, Optional.of(Expression.parse(expression)), questions);
  }
}

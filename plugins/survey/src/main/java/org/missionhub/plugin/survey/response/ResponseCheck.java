package org.missionhub.plugin.survey.response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.plugin.survey.expression.Answers;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * Checks a response against its instrument, in the order a respondent meets the questions: a question is
 * shown only if its section's and its own conditions hold over the answers kept so far. Hidden questions
 * are not required and their answers are dropped (never stored); shown ones are checked for their type,
 * options, limits and constraint.
 */
public final class ResponseCheck {

  static final int SHORT_TEXT = 255;
  static final int LONG_TEXT = 5000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final Instrument instrument;
  private final Locale locale;

  public ResponseCheck(Instrument instrument, Locale locale) {
    this.instrument = instrument;
    this.locale = locale;
  }

  public CheckedResponse check(Map<String, List<String>> given) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    List<String> shown = new ArrayList<>();
    List<AnswerProblem> problems = new ArrayList<>();
    Set<String> known = new HashSet<>();
    Answers soFar = code -> Optional.ofNullable(kept.get(code));
    for (Section section : instrument.sections()) {
      boolean sectionShown = section.relevance().map(r -> r.test(soFar, null)).orElse(true);
      for (Question question : section.questions()) {
        known.add(question.code());
        known.add(question.otherKey());
        question.items().forEach(item -> known.add(question.itemKey(item)));
        if (!sectionShown || !question.relevance().map(r -> r.test(soFar, null)).orElse(true)) {
          continue;
        }
        shown.add(question.code());
        if (question.type() == QuestionType.MATRIX) {
          matrix(question, given, kept, problems);
        } else if (question.type() == QuestionType.CALCULATED) {
          // computed here from what is kept so far, whatever was sent for it (an export read back carries it too)
          String value = question.calculation().orElseThrow().value(soFar, null);
          if (!value.isEmpty()) {
            kept.put(question.code(), List.of(value));
          }
        } else if (question.type() != QuestionType.NOTE) {
          single(question, given, kept, problems, soFar);
        }
      }
    }
    given.keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key -> problems.add(new AnswerProblem(key, "is not a question of this survey")));
    return new CheckedResponse(kept, shown, problems);
  }

  private void matrix(Question question, Map<String, List<String>> given, Map<String, List<String>> kept, List<AnswerProblem> problems) {
    for (Option item : question.items()) {
      String key = question.itemKey(item);
      List<String> values = values(given.get(key));
      if (values.isEmpty()) {
        if (question.required()) {
          problems.add(AnswerProblem.required(key));
        }
      } else if (values.size() != 1 || question.option(values.get(0)).isEmpty()) {
        problems.add(new AnswerProblem(key, "must be one of " + codes(question)));
      } else {
        kept.put(key, values);
      }
    }
  }

  private void single(Question question, Map<String, List<String>> given, Map<String, List<String>> kept, List<AnswerProblem> problems, Answers soFar) {
    List<String> values = values(given.get(question.code()));
    if (values.isEmpty()) {
      if (question.required()) {
        problems.add(AnswerProblem.required(question.code()));
      }
      return;
    }
    String problem = typeProblem(question, values);
    if (problem == null && question.constraint().isPresent() && !question.constraint().get().test(soFar, values.get(0))) {
      problem = question.constraintMessage().map(m -> m.in(locale)).orElse("is not allowed");
    }
    if (problem != null) {
      problems.add(new AnswerProblem(question.code(), problem));
      return;
    }
    kept.put(question.code(), values);
    if (question.otherSpecify() && values.contains(Question.OTHER)) {
      List<String> other = values(given.get(question.otherKey()));
      if (other.size() != 1) {
        problems.add(new AnswerProblem(question.otherKey(), "say what the other is"));
      } else if (other.get(0).length() > SHORT_TEXT) {
        problems.add(new AnswerProblem(question.otherKey(), "must be at most " + SHORT_TEXT + " characters"));
      } else {
        kept.put(question.otherKey(), other);
      }
    }
  }

  private static String typeProblem(Question question, List<String> values) {
    if (question.type() != QuestionType.MULTIPLE_CHOICE && values.size() != 1) {
      return "takes one answer";
    }
    String value = values.get(0);
    return switch (question.type()) {
      case SINGLE_CHOICE, LIKERT -> chosen(question, value) ? null : "must be one of " + codes(question);
      case MULTIPLE_CHOICE -> {
        if (new LinkedHashSet<>(values).size() != values.size()) {
          yield "names an option twice";
        }
        yield values.stream().allMatch(v -> chosen(question, v)) ? null : "must be among " + codes(question);
      }
      case NUMBER -> numberProblem(question, value);
      case TEXT_SHORT -> value.length() > SHORT_TEXT ? "must be at most " + SHORT_TEXT + " characters" : null;
      case TEXT_LONG -> value.length() > LONG_TEXT ? "must be at most " + LONG_TEXT + " characters" : null;
      case COUNTRY -> COUNTRIES.contains(value) ? null : "must be an ISO 3166 country code such as DK";
      case DATE -> dateProblem(value);
      case MATRIX, NOTE, CALCULATED -> throw new IllegalStateException(question.type() + " has no single answer");
    };
  }

  private static boolean chosen(Question question, String value) {
    return question.option(value).isPresent() || question.otherSpecify() && value.equals(Question.OTHER);
  }

  private static String numberProblem(Question question, String value) {
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return "must be a number";
    }
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return "must be a number";
    }
    if (question.min().isPresent() && number < question.min().get()) {
      return "must be at least " + plain(question.min().get());
    }
    if (question.max().isPresent() && number > question.max().get()) {
      return "must be at most " + plain(question.max().get());
    }
    return null;
  }

  private static String dateProblem(String value) {
    try {
      LocalDate.parse(value);
      return null;
    } catch (DateTimeParseException e) {
      return "must be a date written 2026-03-31";
    }
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
  }

  private static String codes(Question question) {
    List<String> codes = new ArrayList<>(question.options().stream().map(Option::code).toList());
    if (question.otherSpecify()) {
      codes.add(Question.OTHER);
    }
    return String.join(", ", codes);
  }

  /** The given values, stripped, without blanks; null means none. */
  private static List<String> values(List<String> given) {
    if (given == null) {
      return List.of();
    }
    return given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}

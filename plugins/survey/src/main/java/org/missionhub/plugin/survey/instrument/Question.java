package org.missionhub.plugin.survey.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.expression.Expression;

/**
 * One question. Choice questions, Likert scales and matrices have options (a matrix: the scale, with its
 * items); numbers may have limits; any question may be shown only when {@code relevance} holds and may
 * check its answer with {@code constraint}. Use the factories and the {@code with...} methods to build one.
 *
 * @param otherSpecify a choice question that also offers "other", with the text in {@code <code>_other}
 * @param calculation what a {@link QuestionType#CALCULATED} question computes from earlier answers (XLSForm's calculate)
 */
public record Question(
    String code,
    QuestionType type,
    LocalizedText label,
    Optional<LocalizedText> help,
    boolean required,
    Optional<Expression> relevance,
    Optional<Expression> constraint,
    Optional<LocalizedText> constraintMessage,
    List<Option> options,
    List<Option> items,
    boolean otherSpecify,
    Optional<Double> min,
    Optional<Double> max,
    Optional<Expression> calculation) {

  /** The option code under which "other, specify" is chosen. */
  public static final String OTHER = "other";

  public Question {
    Codes.require(code, "question");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    options = List.copyOf(options);
    items = List.copyOf(items);
    if (type.hasOptions() && options.isEmpty()) {
      throw new InvalidInstrumentException("the question " + code + " (" + type + ") needs options");
    }
    if (!type.hasOptions() && !options.isEmpty()) {
      throw new InvalidInstrumentException("the question " + code + " (" + type + ") takes no options");
    }
    if ((type == QuestionType.MATRIX) == items.isEmpty()) {
      throw new InvalidInstrumentException("the question " + code + ": a matrix, and only a matrix, has items");
    }
    Codes.unique(options.stream().map(Option::code).toList(), "option of " + code);
    Codes.unique(items.stream().map(Option::code).toList(), "item of " + code);
    if (otherSpecify && (type != QuestionType.SINGLE_CHOICE && type != QuestionType.MULTIPLE_CHOICE || options.stream().anyMatch(o -> o.code().equals(OTHER)))) {
      throw new InvalidInstrumentException("the question " + code + ": only a choice question without an option 'other' can offer 'other, specify'");
    }
    if ((min.isPresent() || max.isPresent()) && type != QuestionType.NUMBER) {
      throw new InvalidInstrumentException("the question " + code + ": only a number has limits");
    }
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      throw new InvalidInstrumentException("the question " + code + ": its minimum is above its maximum");
    }
    if (type == QuestionType.NOTE && required) {
      throw new InvalidInstrumentException("the note " + code + " cannot be required");
    }
    Objects.requireNonNull(calculation, "calculation");
    if ((type == QuestionType.CALCULATED) != calculation.isPresent()) {
      throw new InvalidInstrumentException("the question " + code + ": a calculated value, and only one, has a calculation");
    }
    if (type == QuestionType.CALCULATED && (required || constraint.isPresent())) {
      throw new InvalidInstrumentException("the calculated value " + code + " is computed, not answered: it cannot be required or checked");
    }
  }

  private static Question of(String code, QuestionType type, LocalizedText label, List<Option> options, List<Option> items) {
    return new Question(
        code, type, label, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), options, items, false, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  public static Question singleChoice(String code, LocalizedText label, List<Option> options) {
    return of(code, QuestionType.SINGLE_CHOICE, label, options, List.of());
  }

  public static Question multipleChoice(String code, LocalizedText label, List<Option> options) {
    return of(code, QuestionType.MULTIPLE_CHOICE, label, options, List.of());
  }

  public static Question likert(String code, LocalizedText label, List<Option> scale) {
    return of(code, QuestionType.LIKERT, label, scale, List.of());
  }

  public static Question matrix(String code, LocalizedText label, List<Option> scale, List<Option> items) {
    return of(code, QuestionType.MATRIX, label, scale, items);
  }

  /** A question without options: number, text, country, date or note. */
  public static Question plain(String code, QuestionType type, LocalizedText label) {
    return of(code, type, label, List.of(), List.of());
  }

  public Question mandatory() {
    return new Question(code, type, label, help, true, relevance, constraint, constraintMessage, options, items, otherSpecify, min, max, calculation);
  }

  public Question withHelp(LocalizedText text) {
    return new Question(code, type, label, Optional.of(text), required, relevance, constraint, constraintMessage, options, items, otherSpecify, min, max, calculation);
  }

  public Question shownWhen(String expression) {
    return new Question(code, type, label, help, required, Optional.of(Expression.parse(expression)), constraint, constraintMessage, options, items, otherSpecify, min, max, calculation);
  }

  public Question checkedBy(String expression, LocalizedText message) {
    return new Question(code, type, label, help, required, relevance, Optional.of(Expression.parse(expression)), Optional.of(message), options, items, otherSpecify, min, max, calculation);
  }

  public Question withOtherSpecify() {
    return new Question(code, type, label, help, required, relevance, constraint, constraintMessage, options, items, true, min, max, calculation);
  }

  public Question between(Double minimum, Double maximum) {
    return new Question(code, type, label, help, required, relevance, constraint, constraintMessage, options, items, otherSpecify, Optional.ofNullable(minimum), Optional.ofNullable(maximum), calculation);
  }

  /** A value computed from earlier answers, shown to the respondent and stored with the response (XLSForm's calculate). */
  public static Question calculated(String code, LocalizedText label, String calculation) {
    return new Question(code, QuestionType.CALCULATED, label, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), false,
        Optional.empty(), Optional.empty(), Optional.of(Expression.parse(calculation)));
  }

  public Optional<Option> option(String optionCode) {
    return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
  }

  /** The key of the text given with "other", or of one matrix item's answer. */
  public String otherKey() {
    return code + "_other";
  }

  public String itemKey(Option item) {
    return code + "." + item.code();
  }
}

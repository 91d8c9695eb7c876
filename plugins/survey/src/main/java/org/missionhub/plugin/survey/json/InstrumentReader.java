package org.missionhub.plugin.survey.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.expression.ExpressionException;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * Turns an instrument sent as JSON into the model, or refuses it with a 400 naming where it is wrong
 * ({@code definition.sections[1].questions[3]}) and why. The model's own rules decide; this only adds the
 * place.
 */
public final class InstrumentReader {

  private InstrumentReader() {}

  public static Instrument read(InstrumentDto dto) {
    if (dto == null) {
      throw PluginProblem.invalid("definition", "is required");
    }
    List<Section> sections = new ArrayList<>();
    List<InstrumentDto.SectionDto> given = dto.sections() == null ? List.of() : dto.sections();
    for (int s = 0; s < given.size(); s++) {
      sections.add(section(given.get(s), "definition.sections[" + s + "]"));
    }
    return at("definition", () -> new Instrument(dto.code(), text(dto.title(), "title"), text(dto.description(), "description"), sections));
  }

  private static Section section(InstrumentDto.SectionDto dto, String path) {
    if (dto == null) {
      throw PluginProblem.invalid(path, "is empty");
    }
    List<Question> questions = new ArrayList<>();
    List<InstrumentDto.QuestionDto> given = dto.questions() == null ? List.of() : dto.questions();
    for (int q = 0; q < given.size(); q++) {
      String questionPath = path + ".questions[" + q + "]";
      InstrumentDto.QuestionDto question = given.get(q);
      questions.add(at(questionPath, () -> question(question)));
    }
    return at(path, () -> new Section(dto.code(), text(dto.title(), "title"), condition(dto.shownWhen()), questions));
  }

  private static Question question(InstrumentDto.QuestionDto dto) {
    if (dto == null) {
      throw new InvalidInstrumentException("the question is empty");
    }
    QuestionType type;
    try {
      type = QuestionType.valueOf(String.valueOf(dto.type()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInstrumentException("the type " + dto.type() + " is not one of " + List.of(QuestionType.values()));
    }
    return new Question(
        dto.code(),
        type,
        text(dto.label(), "label"),
        optionalText(dto.help(), "help"),
        dto.required(),
        condition(dto.shownWhen()),
        condition(dto.constraint()),
        optionalText(dto.constraintMessage(), "constraint message"),
        options(dto.options()),
        options(dto.items()),
        dto.otherSpecify(),
        Optional.ofNullable(dto.min()),
        Optional.ofNullable(dto.max()),
        condition(dto.calculation()));
  }

  private static List<Option> options(List<InstrumentDto.OptionDto> given) {
    if (given == null) {
      return List.of();
    }
    return given.stream().map(o -> Option.of(o.code(), text(o.label(), "label of option " + o.code()))).toList();
  }

  private static Optional<Expression> condition(String source) {
    return source == null || source.isBlank() ? Optional.empty() : Optional.of(Expression.parse(source));
  }

  private static Optional<LocalizedText> optionalText(Map<String, String> texts, String what) {
    return texts == null || texts.isEmpty() ? Optional.empty() : Optional.of(text(texts, what));
  }

  private static LocalizedText text(Map<String, String> texts, String what) {
    if (texts == null || texts.get("en") == null || texts.get("en").isBlank()) {
      throw new InvalidInstrumentException("the " + what + " needs its English text (\"en\")");
    }
    List<String> pairs = new ArrayList<>();
    texts.forEach((language, text) -> {
      if (language != null && text != null) {
        pairs.add(language);
        pairs.add(text);
      }
    });
    return LocalizedText.of(pairs.toArray(String[]::new));
  }

  /** Runs a step of reading, turning the model's refusal into a problem at this place. */
  private static <T> T at(String path, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInstrumentException | ExpressionException e) {
      throw PluginProblem.invalid(path, e.getMessage());
    }
  }
}

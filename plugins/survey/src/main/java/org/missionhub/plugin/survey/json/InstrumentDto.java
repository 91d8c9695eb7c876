package org.missionhub.plugin.survey.json;

import java.util.List;
import java.util.Map;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.Section;

/** An instrument as JSON: every text in every language it has; conditions as their expressions. */
public record InstrumentDto(String code, Map<String, String> title, Map<String, String> description, List<SectionDto> sections) {

  /** A section: its questions, and the condition under which it is shown (null: always). */
  public record SectionDto(String code, Map<String, String> title, String shownWhen, List<QuestionDto> questions) {}

  /** A question; options, items, limits, conditions and the calculation only where its type has them. */
  public record QuestionDto(
      String code,
      String type,
      Map<String, String> label,
      Map<String, String> help,
      boolean required,
      String shownWhen,
      String constraint,
      Map<String, String> constraintMessage,
      List<OptionDto> options,
      List<OptionDto> items,
      boolean otherSpecify,
      Double min,
      Double max,
      String calculation) {}

  /** An option or matrix item. */
  public record OptionDto(String code, Map<String, String> label) {}

  public static InstrumentDto from(Instrument instrument) {
    return new InstrumentDto(
        instrument.code(), instrument.title().all(), instrument.description().all(), instrument.sections().stream().map(InstrumentDto::section).toList());
  }

  private static SectionDto section(Section section) {
    return new SectionDto(
        section.code(), section.title().all(), section.relevance().map(Expression::source).orElse(null), section.questions().stream().map(InstrumentDto::question).toList());
  }

  private static QuestionDto question(Question q) {
    return new QuestionDto(
        q.code(),
        q.type().name(),
        q.label().all(),
        q.help().map(h -> h.all()).orElse(null),
        q.required(),
        q.relevance().map(Expression::source).orElse(null),
        q.constraint().map(Expression::source).orElse(null),
        q.constraintMessage().map(m -> m.all()).orElse(null),
        options(q.options()),
        options(q.items()),
        q.otherSpecify(),
        q.min().orElse(null),
        q.max().orElse(null),
        q.calculation().map(Expression::source).orElse(null));
  }

  private static List<OptionDto> options(List<Option> options) {
    return options.stream().map(o -> new OptionDto(o.code(), o.label().all())).toList();
  }
}

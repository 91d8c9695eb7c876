package org.missionhub.plugin.survey.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.json.InstrumentDto;

/**
 * A question being edited, with getters and setters for the editor's binder. It keeps the code it had when the
 * draft was opened, so a renamed question still names its predecessor in the previous version.
 */
public final class QuestionDraft {

  private final String openedAs;
  private String code;
  private QuestionType type;
  private final Map<String, String> label;
  private final Map<String, String> help;
  private boolean required;
  private String shownWhen;
  private String constraint;
  private final Map<String, String> constraintMessage;
  private final List<OptionDraft> options = new ArrayList<>();
  private final List<OptionDraft> items = new ArrayList<>();
  private boolean otherSpecify;
  private Double min;
  private Double max;
  private String calculation;

  /** A new question (it had no code before). */
  public QuestionDraft(String code, QuestionType type, Map<String, String> label) {
    this(null, code, type, label, Map.of(), Map.of());
  }

  private QuestionDraft(String openedAs, String code, QuestionType type, Map<String, String> label, Map<String, String> help, Map<String, String> constraintMessage) {
    this.openedAs = openedAs;
    this.code = code;
    this.type = type;
    this.label = Texts.copy(label);
    this.help = Texts.copy(help);
    this.constraintMessage = Texts.copy(constraintMessage);
  }

  static QuestionDraft of(InstrumentDto.QuestionDto q) {
    QuestionDraft draft = new QuestionDraft(q.code(), q.code(), QuestionType.valueOf(q.type()), q.label(), q.help(), q.constraintMessage());
    draft.required = q.required();
    draft.shownWhen = q.shownWhen();
    draft.constraint = q.constraint();
    q.options().forEach(o -> draft.options.add(OptionDraft.of(o)));
    q.items().forEach(i -> draft.items.add(OptionDraft.of(i)));
    draft.otherSpecify = q.otherSpecify();
    draft.min = q.min();
    draft.max = q.max();
    draft.calculation = q.calculation();
    return draft;
  }

  /** What the editor shows is kept as typed; only what the type has is sent (options of a text question are not). */
  InstrumentDto.QuestionDto dto() {
    boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    return new InstrumentDto.QuestionDto(
        code,
        type.name(),
        Texts.kept(label),
        Texts.optional(help),
        type != QuestionType.NOTE && type != QuestionType.CALCULATED && required,
        Texts.condition(shownWhen),
        answered() ? Texts.condition(constraint) : null,
        !answered() || Texts.condition(constraint) == null ? null : Texts.optional(constraintMessage),
        type.hasOptions() ? options.stream().map(OptionDraft::dto).toList() : List.of(),
        type == QuestionType.MATRIX ? items.stream().map(OptionDraft::dto).toList() : List.of(),
        choice && otherSpecify,
        type == QuestionType.NUMBER ? min : null,
        type == QuestionType.NUMBER ? max : null,
        type == QuestionType.CALCULATED ? Texts.condition(calculation) : null);
  }

  /** Whether the respondent answers it (a note is read, a calculated value computed). */
  private boolean answered() {
    return type != QuestionType.NOTE && type != QuestionType.CALCULATED;
  }

  public String getCalculation() {
    return calculation == null ? "" : calculation;
  }

  public void setCalculation(String calculation) {
    this.calculation = calculation;
  }

  /** The code this question had when the draft was opened; empty for a question added since. */
  public Optional<String> openedAs() {
    return Optional.ofNullable(openedAs);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code.strip();
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public Map<String, String> label() {
    return label;
  }

  public Map<String, String> help() {
    return help;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getShownWhen() {
    return shownWhen == null ? "" : shownWhen;
  }

  public void setShownWhen(String shownWhen) {
    this.shownWhen = shownWhen;
  }

  public String getConstraint() {
    return constraint == null ? "" : constraint;
  }

  public void setConstraint(String constraint) {
    this.constraint = constraint;
  }

  public Map<String, String> constraintMessage() {
    return constraintMessage;
  }

  public List<OptionDraft> options() {
    return options;
  }

  public List<OptionDraft> items() {
    return items;
  }

  public boolean isOtherSpecify() {
    return otherSpecify;
  }

  public void setOtherSpecify(boolean otherSpecify) {
    this.otherSpecify = otherSpecify;
  }

  public Double getMin() {
    return min;
  }

  public void setMin(Double min) {
    this.min = min;
  }

  public Double getMax() {
    return max;
  }

  public void setMax(Double max) {
    this.max = max;
  }
}

package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;
import org.missionhub.plugin.survey.response.AnswerProblem;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;

/**
 * An instrument as a form: a field per answer key (question, matrix item, "other, specify"), shown or
 * hidden as the answers so far make its conditions hold, exactly as the server's check decides, and
 * problems shown on their fields.
 */
public final class AnswerForm extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient Instrument instrument;
  private final Locale locale;
  private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
  private final Map<String, Component> blocks = new HashMap<>();
  private final Map<String, Component> sections = new HashMap<>();
  private final Map<String, Component> others = new HashMap<>();
  /** Calculated values: shown read-only, computed as the answers change, sent by no one (the server computes them). */
  private final Map<String, TextField> calculated = new HashMap<>();

  public AnswerForm(Instrument instrument, Locale locale) {
    this.instrument = instrument;
    this.locale = locale;
    setId("survey-form");
    setPadding(false);
    for (Section section : instrument.sections()) {
      VerticalLayout part = new VerticalLayout(new H3(section.title().in(locale)));
      part.setPadding(false);
      sections.put(section.code(), part);
      for (Question question : section.questions()) {
        Component block = block(question);
        blocks.put(question.code(), block);
        part.add(block);
      }
      add(part);
    }
    refreshVisibility();
  }

  /** The answers as the server takes them: key to values, blanks left out. */
  public Map<String, List<String>> answers() {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    fields.forEach((key, field) -> {
      List<String> values = values(field.getValue());
      if (!values.isEmpty()) {
        answers.put(key, values);
      }
    });
    return answers;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setAnswers(Map<String, List<String>> answers) {
    fields.forEach((key, field) -> {
      List<String> values = answers == null ? List.of() : answers.getOrDefault(key, List.of());
      HasValue raw = field;
      if (field instanceof CheckboxGroup) {
        raw.setValue(Set.copyOf(values));
      } else if (field instanceof NumberField) {
        raw.setValue(values.isEmpty() ? null : Double.valueOf(values.get(0)));
      } else if (field instanceof DatePicker) {
        raw.setValue(values.isEmpty() ? null : LocalDate.parse(values.get(0)));
      } else if (field instanceof TextField || field instanceof TextArea) {
        raw.setValue(values.isEmpty() ? "" : values.get(0));
      } else {
        raw.setValue(values.isEmpty() ? null : values.get(0));
      }
    });
    refreshVisibility();
  }

  public void setReadOnly(boolean readOnly) {
    fields.values().forEach(f -> f.setReadOnly(readOnly));
  }

  /** Marks the fields with problems (keys as the server names them, without {@code answers.}); clears the others. */
  public void showProblems(List<AnswerProblem> problems) {
    Map<String, String> byKey = problems.stream().collect(Collectors.toMap(AnswerProblem::key, AnswerProblem::message, (a, b) -> a));
    fields.forEach((key, field) -> {
      if (field instanceof HasValidation validated) {
        validated.setErrorMessage(byKey.get(key));
        validated.setInvalid(byKey.containsKey(key));
      }
    });
  }

  private Component block(Question q) {
    Div block = new Div();
    block.addClassName("survey-question");
    block.setId("question-" + q.code());
    String label = q.label().in(locale) + (q.required() ? " *" : "");
    switch (q.type()) {
      case NOTE -> block.add(new Paragraph(q.label().in(locale)));
      case MATRIX -> {
        block.add(new H4(label));
        for (Option item : q.items()) {
          RadioButtonGroup<String> scale = radio(item.label().in(locale), q.options());
          register(q.itemKey(item), scale, block);
        }
      }
      case SINGLE_CHOICE, LIKERT -> {
        RadioButtonGroup<String> choice = radio(label, withOther(q));
        if (q.type() == QuestionType.SINGLE_CHOICE) {
          choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        register(q.code(), choice, block);
        other(q, block);
      }
      case MULTIPLE_CHOICE -> {
        CheckboxGroup<String> choices = new CheckboxGroup<>(label);
        List<Option> options = withOther(q);
        choices.setItems(options.stream().map(Option::code).toList());
        choices.setItemLabelGenerator(code -> labelOf(options, code));
        register(q.code(), choices, block);
        other(q, block);
      }
      case NUMBER -> {
        NumberField number = new NumberField(label);
        q.min().ifPresent(number::setMin);
        q.max().ifPresent(number::setMax);
        register(q.code(), number, block);
      }
      case TEXT_SHORT -> register(q.code(), new TextField(label), block);
      case TEXT_LONG -> {
        TextArea text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(5000);
        register(q.code(), text, block);
      }
      case COUNTRY -> {
        ComboBox<String> country = new ComboBox<>(label);
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(c -> new Locale("", c).getDisplayCountry(locale))).toList());
        country.setItemLabelGenerator(c -> new Locale("", c).getDisplayCountry(locale));
        register(q.code(), country, block);
      }
      case DATE -> {
        DatePicker date = new DatePicker(label);
        date.setLocale(locale);
        register(q.code(), date, block);
      }
      case CALCULATED -> {
        TextField value = new TextField(q.label().in(locale));
        value.setId("answer-" + q.code());
        value.setReadOnly(true);
        calculated.put(q.code(), value);
        block.add(value);
      }
    }
    q.help().ifPresent(help -> fields.entrySet().stream().filter(e -> e.getKey().equals(q.code())).findFirst()
        .ifPresent(e -> ((Component) e.getValue()).getElement().setProperty("helperText", help.in(locale))));
    return block;
  }

  private void other(Question q, Div block) {
    if (q.otherSpecify()) {
      TextField other = new TextField(Words.in("survey.otherPleaseSpecify", locale));
      register(q.otherKey(), other, block);
      others.put(q.otherKey(), other);
    }
  }

  private RadioButtonGroup<String> radio(String label, List<Option> options) {
    RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
    group.setItems(options.stream().map(Option::code).toList());
    group.setItemLabelGenerator(code -> labelOf(options, code));
    return group;
  }

  private List<Option> withOther(Question q) {
    List<Option> options = new ArrayList<>(q.options());
    if (q.otherSpecify()) {
      options.add(Option.of(Question.OTHER, Words.all("survey.other")));
    }
    return options;
  }

  private String labelOf(List<Option> options, String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.label().in(locale)).orElse(code);
  }

  private void register(String key, HasValue<?, ?> field, Div block) {
    Component component = (Component) field;
    component.setId("answer-" + key.replace('.', '-'));
    field.addValueChangeListener(e -> refreshVisibility());
    fields.put(key, field);
    block.add(component);
  }

  /** Shows what the conditions allow given the answers so far, as the server's check does. */
  private void refreshVisibility() {
    CheckedResponse checked = new ResponseCheck(instrument, locale).check(answers());
    Set<String> shown = Set.copyOf(checked.shown());
    for (Section section : instrument.sections()) {
      boolean any = false;
      for (Question q : section.questions()) {
        boolean visible = shown.contains(q.code()) || q.type() == QuestionType.NOTE && section.questions().stream().anyMatch(o -> shown.contains(o.code()));
        blocks.get(q.code()).setVisible(visible);
        any |= visible;
      }
      sections.get(section.code()).setVisible(any);
    }
    calculated.forEach((code, field) -> field.setValue(checked.answers().getOrDefault(code, List.of()).stream().findFirst().orElse("")));
    others.forEach((key, field) -> {
      String code = key.substring(0, key.length() - "_other".length());
      List<String> chosen = checked.answers().getOrDefault(code, List.of());
      field.setVisible(chosen.contains(Question.OTHER));
    });
  }

  private static List<String> values(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Set<?> set) {
      return set.stream().map(String::valueOf).sorted().toList();
    }
    if (value instanceof Double d) {
      return List.of(d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
    }
    String text = value.toString().strip();
    return text.isEmpty() ? List.of() : List.of(text);
  }
}

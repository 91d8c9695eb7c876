package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.QuestionDraft;
import org.missionhub.plugin.survey.instrument.QuestionType;

/**
 * Everything about one question, written into the draft as it is typed: code, type, required, label and help in
 * every language, options or matrix items, "other, specify", limits, when it is shown and what its answer must
 * satisfy. Only what the chosen type has is shown.
 */
final class QuestionEditor extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient FormDraft draft;
  private final transient QuestionDraft question;
  private final transient Runnable changed;
  private final VerticalLayout typed = new VerticalLayout();

  QuestionEditor(FormDraft draft, QuestionDraft question, Runnable changed) {
    this.draft = draft;
    this.question = question;
    this.changed = changed;
    setId("builder-question");
    setPadding(false);
    typed.setPadding(false);
    Binder<QuestionDraft> binder = new Binder<>(QuestionDraft.class);
    TextField code = new TextField(getTranslation("survey.code"));
    code.setId("builder-question-code");
    code.setHelperText(getTranslation("survey.builder.codeHelp"));
    code.setValueChangeMode(ValueChangeMode.LAZY);
    binder.forField(code).bind(QuestionDraft::getCode, QuestionDraft::setCode);
    Select<QuestionType> type = new Select<>();
    type.setId("builder-question-type");
    type.setLabel(getTranslation("survey.builder.type"));
    type.setItems(QuestionType.values());
    type.setItemLabelGenerator(t -> getTranslation("survey.builder.type." + t.name()));
    binder.forField(type).bind(QuestionDraft::getType, QuestionDraft::setType);
    Checkbox required = new Checkbox(getTranslation("survey.builder.required"));
    required.setId("builder-question-required");
    binder.forField(required).bind(QuestionDraft::isRequired, QuestionDraft::setRequired);
    binder.setBean(question);
    binder.addValueChangeListener(change -> changed.run());
    type.addValueChangeListener(change -> showTyped());
    HorizontalLayout head = new HorizontalLayout(code, type, required);
    head.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(head,
        new TranslatedTexts("builder-question-label", getTranslation("survey.builder.label"), question.label(), changed),
        new TranslatedTexts("builder-question-help", getTranslation("survey.builder.help"), question.help(), changed),
        new ConditionField("builder-question-shown", getTranslation("survey.builder.shownWhen"), question.getShownWhen(), draft, question, false, value -> {
          question.setShownWhen(value);
          changed.run();
        }),
        typed);
    showTyped();
  }

  /** The parts the type has: options, items, "other", limits, a constraint. */
  private void showTyped() {
    typed.removeAll();
    QuestionType type = question.getType();
    if (type.hasOptions()) {
      typed.add(new OptionsEditor("builder-options", getTranslation(type == QuestionType.MATRIX || type == QuestionType.LIKERT ? "survey.builder.scale" : "survey.builder.options"),
          question.options(), changed));
    }
    if (type == QuestionType.MATRIX) {
      typed.add(new OptionsEditor("builder-items", getTranslation("survey.builder.items"), question.items(), changed));
    }
    if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE) {
      Checkbox other = new Checkbox(getTranslation("survey.builder.otherSpecify"), question.isOtherSpecify());
      other.setId("builder-question-other");
      other.addValueChangeListener(change -> {
        question.setOtherSpecify(change.getValue());
        changed.run();
      });
      typed.add(other);
    }
    if (type == QuestionType.NUMBER) {
      NumberField min = limit("builder-question-min", "survey.builder.min", question.getMin());
      min.addValueChangeListener(change -> {
        question.setMin(change.getValue());
        changed.run();
      });
      NumberField max = limit("builder-question-max", "survey.builder.max", question.getMax());
      max.addValueChangeListener(change -> {
        question.setMax(change.getValue());
        changed.run();
      });
      typed.add(new HorizontalLayout(min, max));
    }
    if (type == QuestionType.CALCULATED) {
      typed.add(new ConditionField("builder-question-calculation", getTranslation("survey.builder.calculation"), question.getCalculation(), draft, question, false, false, value -> {
        question.setCalculation(value);
        changed.run();
      }));
    }
    if (type != QuestionType.NOTE && type != QuestionType.CALCULATED) {
      typed.add(new H4(getTranslation("survey.builder.check")),
          new ConditionField("builder-question-constraint", getTranslation("survey.builder.constraint"), question.getConstraint(), draft, question, true, value -> {
            question.setConstraint(value);
            changed.run();
          }),
          new TranslatedTexts("builder-question-message", getTranslation("survey.builder.constraintMessage"), question.constraintMessage(), changed));
    }
  }

  private NumberField limit(String id, String label, Double value) {
    NumberField field = new NumberField(getTranslation(label));
    field.setId(id);
    field.setValue(value);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    return field;
  }
}

package org.missionhub.plugin.survey.ui.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.missionhub.plugin.survey.builder.ConditionCheck;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.OptionDraft;
import org.missionhub.plugin.survey.builder.QuestionDraft;
import org.missionhub.plugin.survey.instrument.QuestionType;

/**
 * A condition (when a question or section is shown, or what an answer must satisfy), checked at its place as it is
 * typed: what it reads, or the character where it goes wrong. A helper writes the common case for you: pick an
 * earlier question and one of its answers, and the expression is added (joined with {@code and}).
 */
final class ConditionField extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient FormDraft draft;
  private final transient Object place;
  private final boolean constraint;
  /** A calculation rather than a condition: no helper, and empty is not "always". */
  private final boolean calculation;
  private final TextField expression = new TextField();
  private final Select<QuestionDraft> question = new Select<>();
  private final Select<OptionDraft> answer = new Select<>();

  ConditionField(String id, String label, String value, FormDraft draft, Object place, boolean constraint, Consumer<String> changed) {
    this(id, label, value, draft, place, constraint, !constraint, changed);
  }

  /** {@code helper}: whether to offer the helper that writes {@code ${q} = 'option'} (not for a calculation). */
  ConditionField(String id, String label, String value, FormDraft draft, Object place, boolean constraint, boolean helper, Consumer<String> changed) {
    this.draft = draft;
    this.place = place;
    this.constraint = constraint;
    this.calculation = !constraint && !helper;
    setPadding(false);
    setSpacing(false);
    expression.setId(id);
    expression.setLabel(label);
    expression.setWidthFull();
    expression.setValue(value);
    expression.setValueChangeMode(ValueChangeMode.EAGER);
    expression.addValueChangeListener(change -> {
      check();
      changed.accept(change.getValue());
    });
    add(expression);
    if (helper) {
      add(helper(id));
    }
    check();
  }

  private HorizontalLayout helper(String id) {
    List<QuestionDraft> earlier = draft.questions().stream()
        .filter(q -> draft.readableBefore(place, false).contains(q.getCode()))
        .filter(q -> q.getType() == QuestionType.SINGLE_CHOICE || q.getType() == QuestionType.MULTIPLE_CHOICE || q.getType() == QuestionType.LIKERT)
        .toList();
    question.setId(id + "-question");
    question.setLabel(getTranslation("survey.builder.whenQuestion"));
    question.setItems(earlier);
    question.setItemLabelGenerator(q -> q.getCode() + " · " + q.label().getOrDefault("en", ""));
    question.setEmptySelectionAllowed(false);
    answer.setId(id + "-answer");
    answer.setLabel(getTranslation("survey.builder.whenAnswer"));
    answer.setItemLabelGenerator(o -> o.getCode() + " · " + o.label().getOrDefault("en", ""));
    question.addValueChangeListener(change -> answer.setItems(change.getValue() == null ? List.of() : change.getValue().options()));
    Button insert = new Button(getTranslation("survey.builder.addCondition"), click -> insert());
    insert.setId(id + "-insert");
    insert.addThemeVariants(ButtonVariant.LUMO_SMALL);
    HorizontalLayout helper = new HorizontalLayout(question, answer, insert);
    helper.setAlignItems(FlexComponent.Alignment.BASELINE);
    helper.setVisible(!earlier.isEmpty());
    return helper;
  }

  private void insert() {
    if (question.getValue() == null || answer.getValue() == null) {
      return;
    }
    String code = question.getValue().getCode();
    String option = answer.getValue().getCode();
    String written = question.getValue().getType() == QuestionType.MULTIPLE_CHOICE ? "selected(${" + code + "}, '" + option + "')" : "${" + code + "} = '" + option + "'";
    String current = expression.getValue().strip();
    expression.setValue(current.isEmpty() ? written : current + " and " + written);
  }

  /** Shown under the field: what it reads (or that it always holds), or where it goes wrong. */
  private void check() {
    ConditionCheck verdict = ConditionCheck.of(draft, place, expression.getValue(), constraint);
    expression.setInvalid(!verdict.valid());
    if (verdict.valid()) {
      expression.setHelperText(verdict.reads().isEmpty()
          ? getTranslation(expression.getValue().isBlank()
              ? (calculation ? "survey.builder.calculationNeeded" : constraint ? "survey.builder.noConstraint" : "survey.builder.alwaysShown")
              : "survey.builder.readsNothing")
          : getTranslation("survey.builder.reads", String.join(", ", verdict.reads())));
    } else {
      String why = getTranslation("survey.expression." + verdict.problemKey(), verdict.problemArguments().toArray());
      expression.setErrorMessage(getTranslation("survey.builder.conditionWrong", verdict.position() + 1, why));
    }
  }
}

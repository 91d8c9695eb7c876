package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Labels;

/**
 * Preparing a workshop: its title, its prompts (one per line, as on the seed's slides), whether notes are anonymous,
 * the dots each person gets and the size of the breakout groups; for a cross-organisation workshop, the organisations
 * invited. What the server refuses shows at its field.
 */
public final class WorkshopDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final TextField title = Labels.label(new TextField(), "workshop-title", getTranslation("workshop.plan.title"));
  private final TextArea prompts = Labels.label(new TextArea(), "workshop-prompts", getTranslation("workshop.plan.prompts"));
  private final Checkbox anonymous = new Checkbox(getTranslation("workshop.plan.anonymous"));
  private final IntegerField dots = Labels.label(new IntegerField(), "workshop-dots", getTranslation("workshop.plan.dots"));
  private final IntegerField groupSize = Labels.label(new IntegerField(), "workshop-group-size", getTranslation("workshop.plan.groupSize"));
  private final FormErrors errors = new FormErrors();

  private final MultiSelectComboBox<Organisation> organisations =
      Labels.label(new MultiSelectComboBox<>(), "workshop-organisations", getTranslation("workshop.plan.organisations"));

  /** A mission's workshop, for the mission's people. */
  public WorkshopDialog(WorkshopService workshops, String missionId, Consumer<Workshop> created) {
    this(plan -> workshops.create(missionId, plan), List.of(), created);
  }

  /** A cross-organisation workshop (a benchmark analyst): the organisations whose people take part are chosen too. */
  public static WorkshopDialog onPlatform(WorkshopService workshops, Consumer<Workshop> created) {
    return new WorkshopDialog(workshops::createOnPlatform, workshops.invitable(), created);
  }

  private WorkshopDialog(Function<WorkshopPlan, Workshop> prepare, List<Organisation> invitable, Consumer<Workshop> created) {
    setId("workshop-dialog");
    setHeaderTitle(getTranslation(invitable.isEmpty() ? "workshops.new" : "workshops.newPlatform"));
    setWidth("min(44rem, 96vw)");
    prompts.setHelperText(getTranslation("workshop.plan.promptsHelp"));
    prompts.setValue(getTranslation("workshop.plan.examplePrompts"));
    anonymous.setId("workshop-anonymous");
    dots.setValue(3);
    dots.setMin(1);
    dots.setMax(20);
    dots.setStepButtonsVisible(true);
    groupSize.setValue(4);
    groupSize.setMin(2);
    groupSize.setMax(12);
    groupSize.setStepButtonsVisible(true);
    errors.field("title", title).field("prompts", prompts).field("dotsPerPerson", dots).field("groupSize", groupSize);
    FormLayout form = new FormLayout(title, prompts, anonymous, dots, groupSize);
    form.setColspan(title, 2);
    form.setColspan(prompts, 2);
    form.setColspan(anonymous, 2);
    if (!invitable.isEmpty()) {
      organisations.setItems(invitable);
      organisations.setItemLabelGenerator(o -> o.name() + " (" + getTranslation("orgtype." + o.type().name()) + ", " + o.country() + ")");
      organisations.setHelperText(getTranslation("workshop.plan.organisationsHelp"));
      errors.field("organisations", organisations);
      form.add(organisations);
      form.setColspan(organisations, 2);
    }
    add(form);
    Button save = new Button(getTranslation("workshop.plan.create"), click -> {
      try {
        Workshop workshop = prepare.apply(plan(invitable.isEmpty()));
        close();
        created.accept(workshop);
      } catch (RuntimeException e) {
        errors.show(e);
      }
    });
    save.setId("workshop-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, save);
  }

  private WorkshopPlan plan(boolean inMission) {
    List<String> lines = Arrays.stream(prompts.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> invited = inMission ? null : organisations.getSelectedItems().stream().map(Organisation::slug).sorted().toList();
    return new WorkshopPlan(title.getValue(), lines, anonymous.getValue(), dots.getValue(), groupSize.getValue(), invited);
  }
}

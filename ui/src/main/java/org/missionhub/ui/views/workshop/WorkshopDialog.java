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
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Labels;

/**
 * Preparing a workshop: its title, its prompts (one per line, as on the seed's slides), whether notes are anonymous,
 * the dots each person gets and the size of the breakout groups. What the server refuses shows at its field.
 */
public final class WorkshopDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final TextField title = Labels.label(new TextField(), "workshop-title", getTranslation("workshop.plan.title"));
  private final TextArea prompts = Labels.label(new TextArea(), "workshop-prompts", getTranslation("workshop.plan.prompts"));
  private final Checkbox anonymous = new Checkbox(getTranslation("workshop.plan.anonymous"));
  private final IntegerField dots = Labels.label(new IntegerField(), "workshop-dots", getTranslation("workshop.plan.dots"));
  private final IntegerField groupSize = Labels.label(new IntegerField(), "workshop-group-size", getTranslation("workshop.plan.groupSize"));
  private final FormErrors errors = new FormErrors();

  public WorkshopDialog(WorkshopService workshops, String missionId, Consumer<Workshop> created) {
    setId("workshop-dialog");
    setHeaderTitle(getTranslation("workshops.new"));
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
    add(form);
    Button save = new Button(getTranslation("workshop.plan.create"), click -> {
      try {
        Workshop workshop = workshops.create(missionId, plan());
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

  private WorkshopPlan plan() {
    List<String> lines = Arrays.stream(prompts.getValue().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new WorkshopPlan(title.getValue(), lines, anonymous.getValue(), dots.getValue(), groupSize.getValue());
  }
}

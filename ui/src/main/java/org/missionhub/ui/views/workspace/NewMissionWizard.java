package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.core.mission.application.MissionLaunch;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.application.OrganisationDirectory;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Labels;
import org.missionhub.ui.components.OrganisationChoice;
import org.missionhub.ui.components.Selects;

/**
 * Starting a mission in four steps: what it is for; its target (and whether it is measurable: only a
 * quarter of missions have a clearly defined target); timeframe and governance; the first partners to
 * invite. Each step is checked before the next; the mission and its invitations are created together.
 */
class NewMissionWizard extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient MissionLaunch launch;
  private final transient OrganisationDirectory directory;
  private final Consumer<String> created;

  private final TextField title = new TextField();
  private final TextArea statement = new TextArea();
  private final Select<ChallengeArea> area;
  private final TextArea target = new TextArea();
  private final Checkbox measurable = new Checkbox();
  private final DatePicker start = new DatePicker();
  private final DatePicker end = new DatePicker();
  private final Select<GovernanceMode> mode;
  private final MultiSelectComboBox<OrganisationChoice> partners = new MultiSelectComboBox<>();

  private final List<Step> steps = new ArrayList<>();
  private final FormErrors errors = new FormErrors();
  private final Paragraph progress = new Paragraph();
  private final Button back = new Button();
  private final Button next = new Button();
  private final Button create = new Button();
  private int current;

  NewMissionWizard(MissionLaunch launch, OrganisationDirectory directory, FieldRules rules, String ownSlug, Consumer<String> created) {
    this.launch = launch;
    this.directory = directory;
    this.created = created;
    setId("new-mission-wizard");
    setWidth("min(44rem, 96vw)");
    setCloseOnOutsideClick(false);

    field(title, "wizard-title", "mission.title");
    field(statement, "wizard-statement", "mission.statement");
    statement.setHelperText(getTranslation("wizard.statement.help"));
    area = Selects.of("wizard-area", getTranslation("mission.challengeArea"), ChallengeArea.class, "area.");
    field(target, "wizard-target", "mission.target");
    target.setHelperText(getTranslation("wizard.target.help"));
    measurable.setId("wizard-measurable");
    measurable.setLabel(getTranslation("mission.measurable"));
    measurable.setHelperText(getTranslation("wizard.measurable.help"));
    field(start, "wizard-start", "mission.startDate");
    field(end, "wizard-end", "mission.endDate");
    mode = Selects.of("wizard-mode", getTranslation("mission.governanceMode"), GovernanceMode.class, "mode.");
    mode.addValueChangeListener(change -> mode.setHelperText(change.getValue() == null ? "" : getTranslation("mode.help." + change.getValue().name())));
    partners.setId("wizard-partners");
    partners.setLabel(getTranslation("wizard.partners"));
    partners.setHelperText(getTranslation("wizard.partners.help"));
    partners.setItemLabelGenerator(o -> o.label(this));
    partners.setItems(
        query ->
            directory
                .search(query.getFilter(), Optional.empty(), new PageRequest(query.getPage(), query.getPageSize(), List.of(new PageRequest.SortOrder("name", false))))
                .items()
                .stream()
                .map(OrganisationChoice::of));
    partners.setWidthFull();

    steps.add(new Step("wizard.step.mission", form(title, statement, area),
        List.of(rules.bind(title, Charter.class, "title"), rules.bind(statement, Charter.class, "statement"), rules.bind(area, Charter.class, "challengeArea"))));
    steps.add(new Step("wizard.step.target", form(target, measurable), List.of(rules.bind(target, Charter.class, "targetStatement"))));
    steps.add(new Step("wizard.step.governance", form(start, end, mode), List.of(rules.bind(mode, Charter.class, "governanceMode"), this::datesInOrder)));
    steps.add(new Step("wizard.step.partners", form(partners), List.of()));
    errors.field("title", title).field("statement", statement).field("challengeArea", area).field("targetStatement", target)
        .field("startDate", start).field("endDate", end).field("governanceMode", mode).field("partners", partners);

    progress.setId("wizard-progress");
    add(progress);
    steps.forEach(step -> add(step.content()));

    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.setText(getTranslation("wizard.back"));
    back.setId("wizard-back");
    back.addClickListener(click -> show(current - 1));
    next.setText(getTranslation("wizard.next"));
    next.setId("wizard-next");
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.addClickListener(click -> {
      if (steps.get(current).passes()) {
        show(current + 1);
      }
    });
    create.setText(getTranslation("wizard.create"));
    create.setId("wizard-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setDisableOnClick(true);
    create.addClickListener(click -> submit());
    getFooter().add(cancel, back, next, create);
    show(0);
  }

  private void show(int index) {
    current = index;
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).content().setVisible(i == index);
    }
    String stepName = getTranslation(steps.get(index).titleKey());
    setHeaderTitle(getTranslation("wizard.title"));
    progress.setText(getTranslation("wizard.progress", index + 1, steps.size(), stepName));
    back.setVisible(index > 0);
    next.setVisible(index < steps.size() - 1);
    create.setVisible(index == steps.size() - 1);
  }

  private void submit() {
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).passes()) {
        show(i);
        create.setEnabled(true);
        return;
      }
    }
    Charter charter =
        new Charter(title.getValue(), statement.getValue(), area.getValue(), target.getValue(), measurable.getValue(),
            start.getValue(), end.getValue(), mode.getValue());
    try {
      Mission mission = launch.launch(charter, partners.getSelectedItems().stream().map(OrganisationChoice::slug).toList(), getLocale());
      close();
      created.accept(mission.id().toString());
    } catch (ApplicationException | ConstraintViolationException e) {
      errors.show(e);
      showFirstInvalidStep();
      create.setEnabled(true);
    }
  }

  private boolean datesInOrder() {
    if (start.getValue() != null && end.getValue() != null && end.getValue().isBefore(start.getValue())) {
      end.setErrorMessage(getTranslation("wizard.endBeforeStart"));
      end.setInvalid(true);
      return false;
    }
    end.setInvalid(false);
    return true;
  }

  private void showFirstInvalidStep() {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).content().getChildren().anyMatch(c -> c instanceof HasValidation v && v.isInvalid())) {
        show(i);
        return;
      }
    }
  }

  private <C extends Component & HasLabel> void field(C component, String id, String labelKey) {
    Labels.label(component, id, getTranslation(labelKey));
  }

  private static FormLayout form(Component... fields) {
    FormLayout form = new FormLayout(fields);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    return form;
  }

  /** One step: its title, its fields, and the checks that must pass before leaving it. */
  private record Step(String titleKey, FormLayout content, List<Check> checks) {
    boolean passes() {
      return Check.all(checks.toArray(Check[]::new));
    }
  }
}

package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.core.mission.domain.Charter;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.ui.components.ConflictDialog;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.Labels;
import org.missionhub.ui.components.Selects;

/**
 * Editing a mission's charter. Fields check themselves as the person types; the save sends the version the
 * form was loaded from, and if someone saved in between, the person sees their version and chooses.
 */
class CharterForm extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable saved;
  private final TextField title = new TextField();
  private final TextArea statement = new TextArea();
  private final Select<ChallengeArea> area;
  private final TextArea target = new TextArea();
  private final Checkbox measurable = new Checkbox();
  private final DatePicker start = new DatePicker();
  private final DatePicker end = new DatePicker();
  private final Select<GovernanceMode> mode;
  private final FormErrors errors = new FormErrors();
  private final Check[] checks;
  private long version;

  CharterForm(MissionContext context, MissionServices services, Runnable cancelled, Runnable saved) {
    this.context = context;
    this.services = services;
    this.saved = saved;
    setId("charter-form");
    setPadding(false);
    label(title, "charter-title", "mission.title");
    label(statement, "charter-statement", "mission.statement");
    area = Selects.of("charter-area", getTranslation("mission.challengeArea"), ChallengeArea.class, "area.");
    label(target, "charter-target", "mission.target");
    measurable.setId("charter-measurable");
    measurable.setLabel(getTranslation("mission.measurable"));
    label(start, "charter-start", "mission.startDate");
    label(end, "charter-end", "mission.endDate");
    mode = Selects.of("charter-mode", getTranslation("mission.governanceMode"), GovernanceMode.class, "mode.");
    FieldRules rules = services.rules();
    checks =
        new Check[] {
          rules.bind(title, Charter.class, "title"),
          rules.bind(statement, Charter.class, "statement"),
          rules.bind(area, Charter.class, "challengeArea"),
          rules.bind(target, Charter.class, "targetStatement"),
          rules.bind(mode, Charter.class, "governanceMode")
        };
    errors.field("title", title).field("statement", statement).field("challengeArea", area).field("targetStatement", target)
        .field("startDate", start).field("endDate", end).field("governanceMode", mode);
    fill(context.mission());

    FormLayout form = new FormLayout(title, area, statement, target, measurable, mode, start, end);
    form.setColspan(statement, 2);
    form.setColspan(target, 2);
    Button save = new Button(getTranslation("action.save"), click -> save());
    save.setId("charter-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("action.cancel"), click -> cancelled.run());
    cancel.setId("charter-cancel");
    add(form, new HorizontalLayout(save, cancel));
  }

  private void fill(Mission mission) {
    title.setValue(mission.title());
    statement.setValue(mission.statement());
    area.setValue(mission.challengeArea());
    target.setValue(mission.targetStatement() == null ? "" : mission.targetStatement());
    measurable.setValue(mission.targetMeasurable());
    start.setValue(mission.startDate());
    end.setValue(mission.endDate());
    mode.setValue(mission.governanceMode());
    version = mission.version();
    errors.clear();
  }

  private void save() {
    if (!Check.all(checks)) {
      return;
    }
    Charter charter =
        new Charter(title.getValue(), statement.getValue(), area.getValue(), target.getValue(), measurable.getValue(),
            start.getValue(), end.getValue(), mode.getValue());
    try {
      services.missions().updateCharter(context.missionId(), version, charter);
      Feedback.success(getTranslation("charter.saved"));
      saved.run();
    } catch (ApplicationException e) {
      if (e.kind() == ProblemKind.PRECONDITION_FAILED) {
        conflict();
      } else {
        errors.show(e);
      }
    } catch (ConstraintViolationException e) {
      errors.show(e);
    }
  }

  /** Someone saved the charter since this form was loaded: show theirs, let the person choose. */
  private void conflict() {
    Mission theirs = services.missions().get(context.missionId()).mission();
    new ConflictDialog(
            new CharterSummary(theirs),
            () -> fill(theirs),
            () -> {
              version = theirs.version();
              save();
            })
        .open();
  }

  private <C extends Component & HasLabel> void label(C field, String id, String key) {
    Labels.label(field, id, getTranslation(key));
  }
}

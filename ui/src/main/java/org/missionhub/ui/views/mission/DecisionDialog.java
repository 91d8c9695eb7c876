package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.components.FieldRules.Check;
import org.missionhub.ui.components.Selects;

/**
 * Recording a decision, or editing a proposal. The statuses offered are those the person may record; a
 * decision with a phase is a gate decision, which moves the mission when adopted.
 */
final class DecisionDialog extends RecordDialog {

  private static final long serialVersionUID = 1L;

  private final Decision editing;
  private final TextField title = label(new TextField(), "decision-title", "decisions.column.title");
  private final TextArea rationale = label(new TextArea(), "decision-rationale", "decisions.rationale");
  private final DatePicker decidedOn = label(new DatePicker(), "decision-date", "decisions.column.decidedOn");
  private final TextField decidedBy = label(new TextField(), "decision-by", "decisions.column.decidedBy");
  private final Select<DecisionStatus> status;
  private final Select<MissionPhase> phaseTo;
  private final Check[] checks;
  private long version;
  private Decision stored;

  static DecisionDialog create(MissionContext context, MissionServices services, Runnable changed) {
    return new DecisionDialog(context, services, changed, null);
  }

  static DecisionDialog gate(MissionContext context, MissionServices services, MissionPhase next, DecisionStatus status, Runnable changed) {
    DecisionDialog dialog = new DecisionDialog(context, services, changed, null);
    dialog.phaseTo.setValue(next);
    dialog.status.setValue(status);
    dialog.title.setValue(dialog.getTranslation("governance.gateTitle", dialog.getTranslation("phase." + next.name())));
    dialog.decidedOn.setValue(LocalDate.now());
    dialog.decidedBy.setValue(context.callerName());
    return dialog;
  }

  static DecisionDialog edit(MissionContext context, MissionServices services, Decision decision, Runnable changed) {
    return new DecisionDialog(context, services, changed, decision);
  }

  private DecisionDialog(MissionContext context, MissionServices services, Runnable changed, Decision editing) {
    super("decision-dialog", "", context, services, changed);
    setHeaderTitle(getTranslation(editing == null ? "decisions.record" : "decisions.edit"));
    this.editing = editing;
    decidedOn.setMax(LocalDate.now());
    decidedBy.setHelperText(getTranslation("decisions.decidedBy.help"));
    status = Selects.of("decision-status", getTranslation("decisions.column.status"), DecisionStatus.class, "decisionStatus.");
    status.setItems(allowedStatuses(context));
    status.setValue(DecisionStatus.PROPOSED);
    phaseTo = Selects.filter("decision-phase", getTranslation("decisions.phaseTo"), MissionPhase.class, "phase.", getTranslation("decisions.noPhaseChange"));
    phaseTo.setHelperText(getTranslation("decisions.phaseTo.help"));
    FieldRules rules = services.rules();
    checks =
        new Check[] {
          rules.bind(title, DecisionRecord.class, "title"),
          rules.bind(rationale, DecisionRecord.class, "rationale"),
          rules.bind(decidedOn, DecisionRecord.class, "decidedOn"),
          rules.bind(decidedBy, DecisionRecord.class, "decidedBy")
        };
    errors.field("title", title).field("rationale", rationale).field("decidedOn", decidedOn).field("decidedBy", decidedBy)
        .field("status", status).field("phaseTo", phaseTo);
    if (editing != null) {
      fill(editing);
    }
    FormLayout form = new FormLayout(title, status, rationale, decidedOn, decidedBy, phaseTo);
    form.setColspan(rationale, 2);
    add(form);
  }

  private static List<DecisionStatus> allowedStatuses(MissionContext context) {
    List<DecisionStatus> allowed = new ArrayList<>(List.of(DecisionStatus.PROPOSED));
    if (context.can(MissionPermission.RECORD_DECISIONS)) {
      allowed.add(DecisionStatus.ADOPTED);
      allowed.add(DecisionStatus.REJECTED);
    }
    return allowed;
  }

  private void fill(Decision decision) {
    title.setValue(decision.title());
    rationale.setValue(decision.rationale() == null ? "" : decision.rationale());
    decidedOn.setValue(decision.decidedOn());
    decidedBy.setValue(decision.decidedBy() == null ? "" : decision.decidedBy());
    status.setValue(decision.status());
    phaseTo.setValue(decision.phaseTo());
    version = decision.version();
  }

  @Override
  protected boolean valid() {
    return Check.all(checks);
  }

  @Override
  protected String submit() {
    DecisionRecord record =
        new DecisionRecord(title.getValue(), rationale.getValue(), decidedOn.getValue(), decidedBy.getValue(), status.getValue(), phaseTo.getValue());
    if (editing == null) {
      services.decisions().record(context.missionId(), record);
    } else {
      services.decisions().revise(context.missionId(), editing.id(), version, record);
    }
    return record.title();
  }

  @Override
  protected Optional<Component> storedVersion() {
    if (editing == null) {
      return Optional.empty();
    }
    stored = services.decisions().get(context.missionId(), editing.id());
    return Optional.of(new DecisionSummary(stored));
  }

  @Override
  protected void adopt() {
    fill(stored);
  }

  @Override
  protected void rebase() {
    version = stored.version();
  }
}

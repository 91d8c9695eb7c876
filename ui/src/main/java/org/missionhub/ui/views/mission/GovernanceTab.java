package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.security.MissionPermission;

/**
 * How the mission is governed: its phase and the gate decision that moves it on, the decision log, the risk
 * register and the governance bodies.
 */
class GovernanceTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  GovernanceTab(MissionContext context, MissionServices services, Runnable changed) {
    setPadding(false);
    add(phase(context, services, changed));
    add(new DecisionLog(context, services, changed));
    add(new RiskRegister(context, services, changed));
    add(new GovernanceBodies(context, services, changed));
  }

  private VerticalLayout phase(MissionContext context, MissionServices services, Runnable changed) {
    VerticalLayout section = new VerticalLayout();
    section.setId("phase-section");
    section.setPadding(false);
    MissionPhase current = context.mission().phase();
    section.add(new H3(getTranslation("governance.phase")));
    Paragraph now = new Paragraph(getTranslation("governance.phaseNow", getTranslation("phase." + current.name())));
    now.setId("phase-now");
    section.add(now, new Paragraph(getTranslation("phase.guidance." + current.name())));
    section.add(new Paragraph(getTranslation("governance.gateExplanation")));
    MissionPhase next = next(current);
    if (next != null && context.can(MissionPermission.PROPOSE_DECISION)) {
      DecisionStatus status = context.can(MissionPermission.CHANGE_PHASE) ? DecisionStatus.ADOPTED : DecisionStatus.PROPOSED;
      Button gate =
          new Button(
              getTranslation("governance.gateDecision", getTranslation("phase." + next.name())),
              click -> DecisionDialog.gate(context, services, next, status, changed).open());
      gate.setId("gate-decision");
      section.add(gate);
    }
    return section;
  }

  private static MissionPhase next(MissionPhase phase) {
    MissionPhase[] phases = MissionPhase.values();
    return phase.ordinal() + 1 < phases.length ? phases[phase.ordinal() + 1] : null;
  }
}

package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.ui.components.Formats;

/** A decision, read-only (shown when someone else changed it meanwhile). */
class DecisionSummary extends Div {

  private static final long serialVersionUID = 1L;

  DecisionSummary(Decision decision) {
    Span title = new Span(decision.title());
    title.getStyle().set("font-weight", "600");
    add(title);
    add(new Paragraph(getTranslation("decisionStatus." + decision.status().name())
        + (decision.phaseTo() == null ? "" : " · " + getTranslation("decisions.phaseTo") + ": " + getTranslation("phase." + decision.phaseTo().name()))
        + (decision.decidedOn() == null ? "" : " · " + Formats.date(decision.decidedOn(), getLocale()))
        + (decision.decidedBy() == null || decision.decidedBy().isBlank() ? "" : " · " + decision.decidedBy())));
    if (decision.rationale() != null && !decision.rationale().isBlank()) {
      add(new Paragraph(decision.rationale()));
    }
  }
}

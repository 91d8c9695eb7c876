package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.ui.components.Formats;

/** A mission's charter, read-only, as a description list. */
class CharterSummary extends Div {

  private static final long serialVersionUID = 1L;

  CharterSummary(Mission mission) {
    addClassName("charter-summary");
    add(new H3(mission.title()), new Paragraph(mission.statement()));
    DescriptionList list = new DescriptionList();
    term(list, "mission.challengeArea", getTranslation("area." + mission.challengeArea().name()));
    term(list, "mission.target", mission.targetStatement() == null || mission.targetStatement().isBlank()
        ? getTranslation("charter.noTarget")
        : mission.targetStatement());
    term(list, "mission.measurable", getTranslation(mission.targetMeasurable() ? "charter.yes" : "charter.no"));
    term(list, "mission.timeframe", timeframe(mission));
    term(list, "mission.governanceMode", getTranslation("mode." + mission.governanceMode().name()));
    add(list);
  }

  private String timeframe(Mission mission) {
    if (mission.startDate() == null && mission.endDate() == null) {
      return getTranslation("charter.noTimeframe");
    }
    return Formats.date(mission.startDate(), getLocale()) + " – " + Formats.date(mission.endDate(), getLocale());
  }

  private void term(DescriptionList list, String key, String value) {
    list.add(
        new Term(new Span(getTranslation(key))),
        new Description(new Span(value)));
  }
}

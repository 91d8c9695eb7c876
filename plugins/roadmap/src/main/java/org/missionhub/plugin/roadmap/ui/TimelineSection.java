package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.TimelineRows;

/**
 * The timeline with its controls: grouped by objective, by owner organisation or not at all, and filtered
 * by an organisation taking part, an objective, a horizon or a status. Changing a control redraws the
 * picture only; the board below keeps showing everything.
 */
final class TimelineSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  /** A choice of a filter: an id (null: any) and what the person reads. */
  private record Choice(String id, String label) {}

  private final Portfolio portfolio;
  private final LocalDate today;
  private final Function<String, String> ownerName;
  private final Div picture = new Div();
  private final Select<TimelineRows.GroupBy> groupBy = new Select<>();
  private final Select<Choice> organisation = new Select<>();
  private final Select<Choice> objective = new Select<>();
  private final Select<Choice> horizon = new Select<>();
  private final Select<Choice> status = new Select<>();

  TimelineSection(Portfolio portfolio, LocalDate today, Function<String, String> ownerName) {
    this.portfolio = portfolio;
    this.today = today;
    this.ownerName = ownerName;
    setPadding(false);
    setSpacing(false);
    groupBy.setId("roadmap-timeline-group");
    groupBy.setLabel(getTranslation("roadmap.timeline.groupBy"));
    groupBy.setItems(TimelineRows.GroupBy.values());
    groupBy.setItemLabelGenerator(g -> getTranslation("roadmap.timeline.groupBy." + g.name().toLowerCase(Locale.ROOT)));
    groupBy.setValue(TimelineRows.GroupBy.OBJECTIVE);
    groupBy.setWidth("11em");
    setUp(organisation, "roadmap-timeline-organisation", "roadmap.timeline.organisation", organisations(portfolio, ownerName));
    setUp(objective, "roadmap-timeline-objective", "roadmap.field.objectives", portfolio.objectives().stream().map(o -> new Choice(o.id(), o.title())).toList());
    setUp(horizon, "roadmap-timeline-horizon", "roadmap.timeline.horizon",
        java.util.Arrays.stream(Horizon.values()).map(h -> new Choice(h.name(), getTranslation("roadmap.horizon." + h.name()))).toList());
    setUp(status, "roadmap-timeline-status", "roadmap.field.lifecycle",
        java.util.Arrays.stream(Lifecycle.values()).map(l -> new Choice(l.name(), getTranslation("roadmap.lifecycle." + l.name()))).toList());
    groupBy.addValueChangeListener(change -> draw());
    HorizontalLayout controls = new HorizontalLayout(groupBy, organisation, objective, horizon, status);
    controls.setAlignItems(Alignment.BASELINE);
    controls.getStyle().set("flex-wrap", "wrap");
    picture.setId("roadmap-timeline");
    picture.setWidthFull();
    add(controls, picture);
    draw();
  }

  /** The organisations owning or contributing to an initiative, as filter choices. */
  private static List<Choice> organisations(Portfolio portfolio, Function<String, String> ownerName) {
    List<Choice> choices = new ArrayList<>();
    portfolio.initiatives().stream()
        .flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.owner()), i.contributors().stream()))
        .distinct()
        .forEach(id -> choices.add(new Choice(id, java.util.Objects.requireNonNullElse(ownerName.apply(id), "—"))));
    choices.sort(java.util.Comparator.comparing(Choice::label));
    return choices;
  }

  private void setUp(Select<Choice> select, String id, String label, List<Choice> choices) {
    Choice any = new Choice(null, getTranslation("roadmap.timeline.any"));
    List<Choice> all = new ArrayList<>();
    all.add(any);
    all.addAll(choices);
    select.setId(id);
    select.setLabel(getTranslation(label));
    select.setItems(all);
    select.setItemLabelGenerator(Choice::label);
    select.setValue(any);
    select.setWidth("11em");
    select.addValueChangeListener(change -> draw());
  }

  private void draw() {
    TimelineRows.Filter filter = new TimelineRows.Filter(
        organisation.getValue().id(), objective.getValue().id(),
        horizon.getValue().id() == null ? null : Horizon.valueOf(horizon.getValue().id()),
        status.getValue().id() == null ? null : Lifecycle.valueOf(status.getValue().id()));
    TimelineRows rows = TimelineRows.of(portfolio, filter, groupBy.getValue(), ownerName, getTranslation("roadmap.noObjective"));
    picture.removeAll();
    if (rows.groups().isEmpty() && rows.missionMilestones().isEmpty()) {
      picture.add(new Paragraph(getTranslation("roadmap.timeline.nothing")));
      return;
    }
    // wrapped: the browser parses the wrapper's inner HTML, which puts the drawing in the SVG namespace
    picture.add(new Html("<div>" + new TimelineSvg(portfolio, rows, today, getTranslation("roadmap.timeline")).render() + "</div>"));
  }
}

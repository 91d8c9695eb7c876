package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.missionhub.plugin.funding.model.BudgetTimeline;

/**
 * The funders' budget cycles on one timeline beside the roadmap's initiatives and their years of need (issue 16),
 * with the same as a table for who cannot see the picture.
 */
final class BudgetCalendarSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  /** One line of the table: a funder's round, with the approval of the fiscal year it prepares. */
  private record Line(String funder, String fiscalYear, LocalDate opens, LocalDate closes) {}

  BudgetCalendarSection(BudgetTimeline timeline, LocalDate today) {
    setId("funding-calendar");
    setPadding(false);
    setSpacing(false);
    add(new Paragraph(getTranslation("funding.timeline.help")));
    Div picture = new Div();
    picture.setId("funding-calendar-chart");
    picture.setWidthFull();
    picture.add(new Html("<div>" + new BudgetTimelineSvg(timeline, today, new BudgetTimelineSvg.Words(getTranslation("funding.timeline.title"),
        getTranslation("funding.funders.title"), getTranslation("funding.timeline.initiatives"), getTranslation("funding.timeline.round"),
        getTranslation("funding.calendar.approval"), getTranslation("funding.timeline.fiscalYear"), getTranslation("funding.timeline.need"),
        getTranslation("funding.timeline.uncovered"))).render() + "</div>"));
    add(picture);
    List<Line> lines = new ArrayList<>();
    timeline.funders().forEach(f -> f.rounds().forEach(r -> lines.add(new Line(f.name(), r.fiscalYear(), r.opens(), r.closes()))));
    Grid<Line> table = new Grid<>(Line.class, false);
    table.setId("funding-calendar-table");
    table.addColumn(Line::funder).setHeader(getTranslation("funding.funder.name")).setAutoWidth(true);
    table.addColumn(Line::fiscalYear).setHeader(getTranslation("funding.timeline.fiscalYear")).setAutoWidth(true);
    table.addColumn(l -> Objects.toString(l.opens(), "—")).setHeader(getTranslation("funding.calendar.opens")).setAutoWidth(true);
    table.addColumn(l -> l.closes().toString()).setHeader(getTranslation("funding.calendar.closes")).setAutoWidth(true);
    table.setItems(lines);
    table.setAllRowsVisible(true);
    table.addThemeVariants(GridVariant.LUMO_COMPACT);
    Details asTable = new Details(getTranslation("funding.timeline.asTable"), table);
    asTable.setId("funding-calendar-details");
    asTable.setWidthFull();
    add(asTable);
  }
}

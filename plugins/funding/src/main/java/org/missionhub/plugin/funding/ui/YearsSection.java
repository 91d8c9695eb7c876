package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.missionhub.plugin.funding.model.Coverage;

/**
 * Need and commitment over time: one stacked bar per year — the part of the need committed, then the part not
 * yet committed — as long as the year's need against the largest; the table beside it is the chart's
 * accessible alternative.
 */
final class YearsSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  YearsSection(List<Coverage.Year> years, String currency, int digits) {
    setId("funding-years");
    setPadding(false);
    setSpacing(false);
    Div chart = new Div();
    chart.setId("funding-years-chart");
    chart.getElement().setAttribute("role", "img");
    chart.getElement().setAttribute("aria-label", getTranslation("funding.years.chart", currency) + " " + String.join("; ", years.stream()
        .map(y -> getTranslation("funding.years.bar", Integer.toString(y.year()), format(y.covered(), digits), format(y.needed(), digits))).toList()));
    chart.getStyle().set("display", "grid").set("grid-template-columns", "4rem 1fr auto").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("align-items", "center").set("width", "100%").set("max-width", "48rem").set("margin-block", "var(--lumo-space-s)");
    BigDecimal largest = years.stream().map(Coverage.Year::needed).reduce(BigDecimal.ZERO, BigDecimal::max);
    for (Coverage.Year year : years) {
      Div track = new Div();
      track.getStyle().set("display", "flex").set("height", "0.9rem").set("width", percent(year.needed(), largest) + "%");
      track.add(segment(year.covered(), year.needed(), "var(--lumo-primary-color)"), segment(year.uncovered(), year.needed(), "var(--lumo-error-color-50pct)"));
      Span value = new Span(format(year.covered(), digits) + " / " + format(year.needed(), digits) + " " + currency);
      value.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-variant-numeric", "tabular-nums");
      chart.add(new Span(Integer.toString(year.year())), wrap(track), value);
    }
    add(chart);
    Grid<Coverage.Year> table = new Grid<>(Coverage.Year.class, false);
    table.setId("funding-years-table");
    table.addColumn(y -> Integer.toString(y.year())).setHeader(getTranslation("funding.need.year")).setAutoWidth(true);
    table.addColumn(y -> format(y.needed(), digits)).setHeader(getTranslation("funding.stage.NEED")).setTextAlign(ColumnTextAlign.END);
    table.addColumn(y -> format(y.covered(), digits)).setHeader(getTranslation("funding.years.covered")).setTextAlign(ColumnTextAlign.END);
    table.addColumn(y -> format(y.uncovered(), digits)).setHeader(getTranslation("funding.gap.uncommitted")).setTextAlign(ColumnTextAlign.END);
    table.setItems(years);
    table.setAllRowsVisible(true);
    table.addThemeVariants(GridVariant.LUMO_COMPACT);
    add(table);
  }

  private static Div segment(BigDecimal part, BigDecimal whole, String colour) {
    Div segment = new Div();
    segment.getStyle().set("width", percent(part, whole) + "%").set("background", colour);
    return segment;
  }

  private static Div wrap(Div track) {
    Div row = new Div(track);
    row.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
    return row;
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? "0" : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private String format(BigDecimal value, int digits) {
    return Amounts.format(value, digits, getLocale());
  }
}

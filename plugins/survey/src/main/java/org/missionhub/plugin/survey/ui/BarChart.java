package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars of shares drawn with plain elements (no chart library: Vaadin's is commercial). Every bar
 * prints its value, the drawing itself is hidden from screen readers, and the same numbers are offered as a
 * table. An optional marker shows the organisation's own share against its peers'.
 */
public final class BarChart extends Div {

  private static final long serialVersionUID = 1L;

  /** One bar: its label, its share (null when withheld), the text printed with it, and an optional own share. */
  public record Bar(String label, Double percent, String value, Double marker, String markerValue) {}

  public BarChart(String caption, List<Bar> bars, String markerLegend, Locale locale) {
    addClassName("survey-bar-chart");
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-label", caption);
    getStyle().set("display", "grid").set("grid-template-columns", "minmax(8em, 16em) minmax(12em, 1fr) minmax(7em, 22em)").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("align-items", "center").set("max-width", "52em");
    for (Bar bar : bars) {
      Span label = new Span(bar.label());
      Div track = new Div();
      track.getElement().setAttribute("aria-hidden", "true");
      track.getStyle().set("position", "relative").set("height", "1.1em").set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)");
      if (bar.percent() != null) {
        Div fill = new Div();
        fill.getStyle().set("width", Math.max(0, Math.min(100, bar.percent())) + "%").set("height", "100%").set("background", "var(--lumo-primary-color)")
            .set("border-radius", "var(--lumo-border-radius-s)");
        track.add(fill);
      }
      if (bar.marker() != null) {
        Div marker = new Div();
        marker.addClassName("survey-own-marker");
        marker.getStyle().set("position", "absolute").set("top", "-0.25em").set("bottom", "-0.25em").set("left", "calc(" + Math.max(0, Math.min(100, bar.marker())) + "% - 2px)")
            .set("width", "4px").set("background", "var(--lumo-error-color)");
        track.add(marker);
      }
      String text = bar.value() + (bar.markerValue() == null ? "" : " · " + markerLegend + ": " + bar.markerValue());
      Span value = new Span(text);
      value.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
      add(label, track, value);
    }
    Details table = new Details(Words.in("survey.showTable", locale), new Div());
    table.getStyle().set("grid-column", "1 / -1");
    table.setContent(table(caption, bars, markerLegend, locale));
    add(table);
  }

  private static Div table(String caption, List<Bar> bars, String markerLegend, Locale locale) {
    boolean marked = bars.stream().anyMatch(b -> b.markerValue() != null);
    Element table = new Element("table");
    table.appendChild(new Element("caption").setText(caption));
    Element head = new Element("tr");
    head.appendChild(th(Words.in("survey.category", locale)), th(Words.in("survey.share", locale)));
    if (marked) {
      head.appendChild(th(markerLegend));
    }
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (Bar bar : bars) {
      Element row = new Element("tr");
      row.appendChild(new Element("th").setAttribute("scope", "row").setText(bar.label()), new Element("td").setText(bar.value()));
      if (marked) {
        row.appendChild(new Element("td").setText(bar.markerValue() == null ? "" : bar.markerValue()));
      }
      body.appendChild(row);
    }
    table.appendChild(body);
    Div holder = new Div();
    holder.addClassName("survey-table");
    holder.getElement().appendChild(table);
    return holder;
  }

  private static Element th(String text) {
    return new Element("th").setAttribute("scope", "col").setText(text);
  }
}

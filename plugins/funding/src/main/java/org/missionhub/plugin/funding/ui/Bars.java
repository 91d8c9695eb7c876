package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn with the theme's colours (no chart library: the free Vaadin components have
 * none, and a few proportional bars need none): one row per entry, its label, a bar as long as its value's
 * share of the largest, and the value written out. Read as one image whose description says it all; the
 * table beside it is the accessible alternative.
 */
final class Bars extends Div {

  private static final long serialVersionUID = 1L;

  /** One bar: what it is, its value, and the value as the reader reads it. */
  record Bar(String label, BigDecimal value, String text) {}

  Bars(String id, String description, List<Bar> bars) {
    setId(id);
    getElement().setAttribute("role", "img");
    getElement().setAttribute("aria-label", description);
    getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, 14rem) 1fr auto").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
        .set("align-items", "center").set("width", "100%").set("max-width", "48rem").set("margin-block", "var(--lumo-space-s)");
    BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    for (Bar bar : bars) {
      Span label = new Span(bar.label());
      label.getStyle().set("font-size", "var(--lumo-font-size-s)");
      Div track = new Div();
      Div fill = new Div();
      BigDecimal percent = largest.signum() == 0 ? BigDecimal.ZERO : bar.value().multiply(BigDecimal.valueOf(100)).divide(largest, 1, RoundingMode.HALF_EVEN);
      fill.getStyle().set("width", percent.toPlainString() + "%").set("height", "0.9rem").set("background", "var(--lumo-primary-color)")
          .set("border-radius", "var(--lumo-border-radius-s)").set("min-width", bar.value().signum() > 0 ? "2px" : "0");
      track.add(fill);
      track.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
      Span value = new Span(bar.text());
      value.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-variant-numeric", "tabular-nums");
      add(label, track, value);
    }
  }
}

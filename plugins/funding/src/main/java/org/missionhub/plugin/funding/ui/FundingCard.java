package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.service.FundingService;

/**
 * The mission overview's "Funding" card: what is committed of what the initiatives need, in the mission's
 * currency, and how many budget cycles do not fit.
 */
public class FundingCard extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public FundingCard(FundingPlugin plugin, MissionScope scope) {
    setId("funding-card");
    setPadding(false);
    setSpacing(false);
    FundingService.View view = plugin.funding(scope).view();
    String currency = view.plan().rates().missionCurrency().getCurrencyCode();
    int digits = Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits());
    BigDecimal needed = view.gaps().stream().map(Gap::needed).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal committed = view.gaps().stream().map(Gap::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    Span summary = new Span(needed.signum() == 0
        ? getTranslation("funding.card.noNeed")
        : getTranslation("funding.card.summary", format(committed, digits), format(needed, digits), currency,
            committed.multiply(BigDecimal.valueOf(100)).divide(needed, 0, RoundingMode.HALF_EVEN).toPlainString()));
    summary.setId("funding-card-summary");
    add(summary);
    if (!view.alerts().isEmpty()) {
      Span alerts = new Span(getTranslation("funding.card.alerts", view.alerts().size()));
      alerts.setId("funding-card-alerts");
      alerts.getStyle().set("color", "var(--lumo-error-text-color)");
      add(alerts);
    }
  }

  private String format(BigDecimal value, int digits) {
    return Amounts.format(value, digits, getLocale());
  }
}

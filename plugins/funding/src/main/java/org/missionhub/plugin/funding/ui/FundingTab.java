package org.missionhub.plugin.funding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Gap;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * The mission's "Funding" tab: where each initiative's money stands in the mission's currency — needed,
 * pledged, committed, disbursed, spent and the need not yet committed — and the mission's funders. (Changes
 * go through the API in this first part; the forms come with the budget calendar.)
 */
public class FundingTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public FundingTab(FundingPlugin plugin, MissionScope scope) {
    setId("funding-tab");
    setPadding(false);
    FundingService.View view = plugin.funding(scope).view();
    String currency = view.plan().rates().missionCurrency().getCurrencyCode();
    add(new H3(getTranslation("funding.gap.title", currency)));
    if (view.initiatives().isEmpty()) {
      add(new Paragraph(getTranslation("funding.gap.none")));
    } else {
      add(gaps(view));
    }
    if (!view.unconverted().isEmpty()) {
      Paragraph missing = new Paragraph(getTranslation("funding.gap.unconverted", view.unconverted().size(), currency));
      missing.setId("funding-unconverted");
      add(missing);
    }
    add(new H3(getTranslation("funding.funders.title")));
    if (view.plan().funders().isEmpty()) {
      add(new Paragraph(getTranslation("funding.funders.none")));
    } else {
      Grid<Funder> funders = new Grid<>(Funder.class, false);
      funders.setId("funding-funders");
      funders.addColumn(Funder::name).setHeader(getTranslation("funding.funder.name")).setFlexGrow(1);
      funders.addColumn(f -> getTranslation("funding.source." + f.sourceType().name())).setHeader(getTranslation("funding.funder.source")).setAutoWidth(true);
      funders.addColumn(f -> getTranslation("funding.instrument." + f.instrument().name())).setHeader(getTranslation("funding.funder.instrument")).setAutoWidth(true);
      funders.setItems(view.plan().funders());
      funders.setAllRowsVisible(true);
      add(funders);
    }
  }

  private Grid<Gap> gaps(FundingService.View view) {
    List<PortfolioInitiative> initiatives = view.initiatives();
    Grid<Gap> grid = new Grid<>(Gap.class, false);
    grid.setId("funding-gaps");
    grid.addColumn(g -> initiatives.stream().filter(i -> i.id().equals(g.initiativeId())).map(PortfolioInitiative::title).findFirst().orElse(g.initiativeId()))
        .setHeader(getTranslation("funding.gap.initiative")).setFlexGrow(1).setWidth("14rem");
    amount(grid, Gap::needed, "funding.stage.NEED", view);
    amount(grid, Gap::pledged, "funding.stage.PLEDGE", view);
    amount(grid, Gap::committed, "funding.stage.COMMITMENT", view);
    amount(grid, Gap::disbursed, "funding.stage.DISBURSEMENT", view);
    amount(grid, Gap::spent, "funding.stage.EXPENDITURE", view);
    amount(grid, Gap::uncommitted, "funding.gap.uncommitted", view);
    grid.setItems(view.gaps());
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    return grid;
  }

  /** An amount column, right-aligned and written as the reader's language writes numbers, to the currency's minor units. */
  private void amount(Grid<Gap> grid, java.util.function.Function<Gap, java.math.BigDecimal> value, String header, FundingService.View view) {
    int digits = Math.max(0, view.plan().rates().missionCurrency().getDefaultFractionDigits());
    grid.addColumn(g -> {
      java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(digits);
      return format.format(value.apply(g));
    }).setHeader(getTranslation(header)).setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
  }
}

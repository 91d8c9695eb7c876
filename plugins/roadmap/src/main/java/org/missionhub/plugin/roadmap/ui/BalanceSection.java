package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Portfolio;

/**
 * The Roadmap tab's "Balance": initiatives and estimated budgets by objective and horizon, with a warning
 * for a horizon nothing reaches and an objective nobody serves.
 */
final class BalanceSection extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private record Row(String name, Map<Horizon, Balance.Cell> cells) {}

  BalanceSection(Portfolio portfolio) {
    setId("roadmap-balance");
    setPadding(false);
    Balance balance = Balance.of(portfolio);
    add(new H4(getTranslation("roadmap.balance")));
    List<Row> rows = new ArrayList<>();
    balance.byObjective().forEach((id, cells) ->
        rows.add(new Row(id.isEmpty() ? getTranslation("roadmap.noObjective") : portfolio.objective(id).map(o -> o.title()).orElse(id), cells)));
    rows.add(new Row(getTranslation("roadmap.balance.total"), balance.totals()));
    Grid<Row> grid = new Grid<>();
    grid.setId("roadmap-balance-grid");
    grid.addColumn(Row::name).setHeader(getTranslation("roadmap.field.objectives")).setFlexGrow(2);
    for (Horizon horizon : Horizon.values()) {
      grid.addColumn(row -> cell(Balance.cell(row.cells(), horizon))).setHeader(getTranslation("roadmap.horizon." + horizon.name()));
    }
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    add(grid);
    if (!balance.warnings().isEmpty()) {
      UnorderedList warnings = new UnorderedList();
      warnings.setId("roadmap-balance-warnings");
      for (Balance.Warning warning : balance.warnings()) {
        warnings.add(new ListItem(warning.horizon()
            .map(h -> getTranslation("roadmap.balance.emptyHorizon", getTranslation("roadmap.horizon." + h.name())))
            .orElseGet(() -> getTranslation("roadmap.balance.emptyObjective", portfolio.objective(warning.objective().orElseThrow()).map(o -> o.title()).orElse("")))));
      }
      add(warnings);
    }
  }

  private String cell(Balance.Cell cell) {
    if (cell.initiatives() == 0) {
      return "—";
    }
    NumberFormat format = NumberFormat.getNumberInstance(getLocale());
    String budget = cell.budget().entrySet().stream().map(e -> format.format(e.getValue()) + " " + e.getKey().getCurrencyCode()).collect(Collectors.joining(", "));
    return getTranslation("roadmap.balance.cell", cell.initiatives()) + (budget.isEmpty() ? "" : " · " + budget);
  }
}

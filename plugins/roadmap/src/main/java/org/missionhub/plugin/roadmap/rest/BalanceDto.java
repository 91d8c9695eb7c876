package org.missionhub.plugin.roadmap.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.roadmap.model.Balance;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.MissionMembers;

/** The balance of the portfolio over horizons, by objective and by owner organisation, with its warnings. */
public record BalanceDto(List<Row> byObjective, List<Row> byOwner, Map<String, CellDto> totals, List<WarningDto> warnings) {

  public record Amount(BigDecimal amount, String currency) {}

  public record CellDto(int initiatives, List<Amount> budget) {}

  /** A row: an objective (id and title; none for initiatives serving no objective) or an owner (slug and name). */
  public record Row(String id, String name, Map<String, CellDto> horizons) {}

  /** {@code horizon} when a horizon holds nothing, {@code objective} when nobody serves an objective. */
  public record WarningDto(String horizon, String objective) {}

  static BalanceDto of(Balance balance, Portfolio portfolio, MissionMembers members) {
    List<Row> objectives = new ArrayList<>();
    balance.byObjective().forEach((id, row) -> objectives.add(new Row(
        id.isEmpty() ? null : id, id.isEmpty() ? null : portfolio.objective(id).map(o -> o.title()).orElse(id), horizons(row))));
    List<Row> owners = new ArrayList<>();
    balance.byOwner().forEach((id, row) -> owners.add(new Row(
        members.known(id).map(o -> o.slug()).orElse(id), members.known(id).map(o -> o.name()).orElse(null), horizons(row))));
    return new BalanceDto(
        objectives, owners, horizons(balance.totals()),
        balance.warnings().stream().map(w -> new WarningDto(w.horizon().map(Enum::name).orElse(null), w.objective().orElse(null))).toList());
  }

  private static Map<String, CellDto> horizons(Map<Horizon, Balance.Cell> row) {
    Map<String, CellDto> cells = new LinkedHashMap<>();
    for (Horizon horizon : Horizon.values()) {
      Balance.Cell cell = Balance.cell(row, horizon);
      cells.put(horizon.name(), new CellDto(cell.initiatives(), cell.budget().entrySet().stream()
          .map(e -> new Amount(e.getValue(), e.getKey().getCurrencyCode())).sorted(java.util.Comparator.comparing(Amount::currency)).toList()));
    }
    return cells;
  }
}

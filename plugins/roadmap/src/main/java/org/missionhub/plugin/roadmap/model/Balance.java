package org.missionhub.plugin.roadmap.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the current portfolio (initiatives neither completed nor stopped) spreads over horizons, by objective
 * and by owner organisation, with estimated budgets summed exactly per currency: the seed's "balancing both
 * short-term and long-term projects" at a glance. An initiative serving two objectives counts in both rows;
 * the totals count it once. Warns of a horizon with nothing in it and of an objective nobody serves.
 */
public record Balance(Map<String, Map<Horizon, Cell>> byObjective, Map<String, Map<Horizon, Cell>> byOwner, Map<Horizon, Cell> totals, List<Warning> warnings) {

  /** The row of initiatives serving no objective. */
  public static final String NO_OBJECTIVE = "";

  /** What a horizon holds in a row: how many initiatives, and their estimated budgets by currency. */
  public record Cell(int initiatives, Map<Currency, BigDecimal> budget) {
    static Cell empty() {
      return new Cell(0, Map.of());
    }

    Cell plus(Initiative initiative) {
      Map<Currency, BigDecimal> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
      sums.putAll(budget);
      if (initiative.budget() != null) {
        sums.merge(initiative.budget().currency(), initiative.budget().amount(), BigDecimal::add);
      }
      return new Cell(initiatives + 1, Map.copyOf(sums));
    }
  }

  /** Something out of balance: a horizon with no initiative ({@code horizon}), or an objective with none ({@code objective}). */
  public record Warning(Optional<Horizon> horizon, Optional<String> objective) {}

  public static Balance of(Portfolio portfolio) {
    Map<String, Map<Horizon, Cell>> byObjective = new LinkedHashMap<>();
    portfolio.objectives().forEach(o -> byObjective.put(o.id(), new EnumMap<>(Horizon.class)));
    Map<String, Map<Horizon, Cell>> byOwner = new LinkedHashMap<>();
    Map<Horizon, Cell> totals = new EnumMap<>(Horizon.class);
    List<Initiative> current = portfolio.initiatives().stream().filter(i -> i.lifecycle() != Lifecycle.COMPLETED && i.lifecycle() != Lifecycle.STOPPED).toList();
    for (Initiative initiative : current) {
      Optional<Horizon> horizon = initiative.horizon();
      if (horizon.isEmpty()) {
        continue;
      }
      List<String> rows = initiative.objectives().isEmpty() ? List.of(NO_OBJECTIVE) : initiative.objectives();
      for (String row : rows) {
        add(byObjective.computeIfAbsent(row, k -> new EnumMap<>(Horizon.class)), horizon.get(), initiative);
      }
      add(byOwner.computeIfAbsent(initiative.owner(), k -> new EnumMap<>(Horizon.class)), horizon.get(), initiative);
      add(totals, horizon.get(), initiative);
    }
    List<Warning> warnings = new ArrayList<>();
    if (!current.isEmpty()) {
      for (Horizon horizon : Horizon.values()) {
        if (!totals.containsKey(horizon)) {
          warnings.add(new Warning(Optional.of(horizon), Optional.empty()));
        }
      }
    }
    portfolio.objectives().stream()
        .filter(o -> current.stream().noneMatch(i -> i.objectives().contains(o.id())))
        .forEach(o -> warnings.add(new Warning(Optional.empty(), Optional.of(o.id()))));
    return new Balance(byObjective, byOwner, totals, warnings);
  }

  /** The cell of a row and horizon, empty if nothing is there. */
  public static Cell cell(Map<Horizon, Cell> row, Horizon horizon) {
    return row.getOrDefault(horizon, Cell.empty());
  }

  private static void add(Map<Horizon, Cell> row, Horizon horizon, Initiative initiative) {
    row.put(horizon, row.getOrDefault(horizon, Cell.empty()).plus(initiative));
  }
}

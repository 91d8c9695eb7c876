package org.missionhub.plugin.funding.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Currency;
import java.util.List;
import org.missionhub.plugin.funding.model.BudgetCalendar;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Need;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.model.Stage;

/**
 * A mission's funding plan in its tables: read whole in five statements whatever its size (several missions'
 * plans too, for the health check of a list); every write is
 * made as the organisation at work ({@code tenant_id}), and changes name the revision they read.
 */
public final class FundingStore {

  /** The currency of a mission that has not chosen one. */
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

  public FundingPlan plan(Connection c, String mission) throws SQLException {
    return plans(c, List.of(mission)).get(mission);
  }

  /** The plans of several missions in the same five statements (a missing one is empty, in euros). */
  public Map<String, FundingPlan> plans(Connection c, Collection<String> missions) throws SQLException {
    Map<String, Currency> currencies = new HashMap<>();
    Map<String, List<Rates.Rate>> rates = new HashMap<>();
    Map<String, List<Funder>> funders = new HashMap<>();
    Map<String, List<Need>> needs = new HashMap<>();
    Map<String, List<Flow>> flows = new HashMap<>();
    if (!missions.isEmpty()) {
      query(c, "select mission_id, currency from funding_settings where mission_id in (%s)", missions, r -> currencies.put(r.getString(1), Currency.getInstance(r.getString(2))));
      query(c, "select mission_id, currency, valid_from, rate from funding_rate where mission_id in (%s) order by currency, valid_from", missions,
          r -> add(rates, r.getString(1), new Rates.Rate(Currency.getInstance(r.getString(2)), r.getObject(3, LocalDate.class), r.getBigDecimal(4).stripTrailingZeros())));
      query(c, "select mission_id, id, name, organisation_id, source_type, instrument, revision, fiscal_year_start, budget_opens, budget_closes, budget_approval,"
          + " years_covered from funding_funder where mission_id in (%s) order by name, id", missions,
          r -> add(funders, r.getString(1), new Funder(r.getString(2), r.getString(1), r.getString(3), r.getString(4), SourceType.valueOf(r.getString(5)),
              Instrument.valueOf(r.getString(6)), r.getLong(7), calendar(r))));
      query(c, "select mission_id, id, initiative_id, need_year, amount, currency, revision from funding_need where mission_id in (%s) order by initiative_id, need_year",
          missions, r -> add(needs, r.getString(1), new Need(r.getString(2), r.getString(1), r.getString(3), r.getInt(4), money(r.getBigDecimal(5), r.getString(6)), r.getLong(7))));
      query(c, "select mission_id, id, funder_id, initiative_id, stage, flow_date, amount, currency, conditional, expires, note, tenant_id, revision, confidential"
          + " from funding_flow where mission_id in (%s) order by flow_date, id", missions,
          r -> add(flows, r.getString(1), new Flow(r.getString(2), r.getString(1), r.getString(3), r.getString(4), Stage.valueOf(r.getString(5)),
              r.getObject(6, LocalDate.class), money(r.getBigDecimal(7), r.getString(8)), r.getBoolean(9), r.getObject(10, LocalDate.class), r.getString(11),
              r.getString(12), r.getLong(13), r.getBoolean(14))));
    }
    Map<String, FundingPlan> plans = new HashMap<>();
    for (String mission : missions) {
      plans.put(mission, new FundingPlan(new Rates(currencies.getOrDefault(mission, DEFAULT_CURRENCY), rates.getOrDefault(mission, List.of())),
          funders.getOrDefault(mission, List.of()), needs.getOrDefault(mission, List.of()), flows.getOrDefault(mission, List.of())));
    }
    return plans;
  }

  /** A funder's budget cycle from columns 8-12, or none when it has no closing day. */
  private static BudgetCalendar calendar(ResultSet r) throws SQLException {
    String closes = r.getString(10);
    if (closes == null) {
      return null;
    }
    String opens = r.getString(9);
    String approval = r.getString(11);
    return new BudgetCalendar(r.getInt(8), opens == null ? null : MonthDay.parse(opens), MonthDay.parse(closes), approval == null ? null : MonthDay.parse(approval), r.getInt(12));
  }

  private static <T> void add(Map<String, List<T>> byMission, String mission, T item) {
    byMission.computeIfAbsent(mission, m -> new ArrayList<>()).add(item);
  }

  /** The mission's currency and rates, replaced whole. */
  public void putRates(Connection c, String writer, String mission, Rates rates, OffsetDateTime now) throws SQLException {
    update(c, "delete from funding_settings where mission_id = ?", mission);
    update(c, "insert into funding_settings (mission_id, tenant_id, currency, updated_at) values (?, ?, ?, ?)", mission, writer, rates.missionCurrency().getCurrencyCode(), now);
    update(c, "delete from funding_rate where mission_id = ?", mission);
    for (Rates.Rate rate : rates.rates()) {
      update(c, "insert into funding_rate (id, tenant_id, mission_id, currency, valid_from, rate) values (?, ?, ?, ?, ?, ?)", java.util.UUID.randomUUID().toString(), writer,
          mission, rate.currency().getCurrencyCode(), rate.from(), rate.rate());
    }
  }

  public void insert(Connection c, String writer, Funder f, OffsetDateTime now) throws SQLException {
    BudgetCalendar b = f.calendar();
    update(c, "insert into funding_funder (id, tenant_id, mission_id, name, organisation_id, source_type, instrument, created_at, updated_at, revision, fiscal_year_start,"
        + " budget_opens, budget_closes, budget_approval, years_covered) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)", f.id(), writer, f.missionId(), f.name(),
        f.organisation(), f.sourceType().name(), f.instrument().name(), now, now, b == null ? null : b.fiscalYearStart(), text(b == null ? null : b.opens()),
        text(b == null ? null : b.closes()), text(b == null ? null : b.approval()), b == null ? null : b.yearsCovered());
  }

  public boolean update(Connection c, String writer, Funder f, long revision, OffsetDateTime now) throws SQLException {
    BudgetCalendar b = f.calendar();
    return update(c, "update funding_funder set tenant_id = ?, name = ?, organisation_id = ?, source_type = ?, instrument = ?, updated_at = ?, revision = revision + 1,"
        + " fiscal_year_start = ?, budget_opens = ?, budget_closes = ?, budget_approval = ?, years_covered = ? where id = ? and mission_id = ? and revision = ?", writer,
        f.name(), f.organisation(), f.sourceType().name(), f.instrument().name(), now, b == null ? null : b.fiscalYearStart(), text(b == null ? null : b.opens()),
        text(b == null ? null : b.closes()), text(b == null ? null : b.approval()), b == null ? null : b.yearsCovered(), f.id(), f.missionId(), revision) == 1;
  }

  public boolean deleteFunder(Connection c, String mission, String id, long revision) throws SQLException {
    return update(c, "delete from funding_funder where id = ? and mission_id = ? and revision = ?", id, mission, revision) == 1;
  }

  /** An initiative's need for a year, replacing the one it had. */
  public void put(Connection c, String writer, Need n, OffsetDateTime now) throws SQLException {
    update(c, "delete from funding_need where mission_id = ? and initiative_id = ? and need_year = ?", n.missionId(), n.initiativeId(), n.year());
    update(c, "insert into funding_need (id, tenant_id, mission_id, initiative_id, need_year, amount, currency, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        n.id(), writer, n.missionId(), n.initiativeId(), n.year(), n.money().amount(), n.money().code(), now, n.revision());
  }

  public boolean deleteNeed(Connection c, String mission, String id) throws SQLException {
    return update(c, "delete from funding_need where id = ? and mission_id = ?", id, mission) == 1;
  }

  public void insert(Connection c, String writer, Flow f, OffsetDateTime now) throws SQLException {
    update(c, "insert into funding_flow (id, tenant_id, mission_id, funder_id, initiative_id, stage, flow_date, amount, currency, conditional, expires, note, created_at,"
        + " updated_at, revision, confidential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", f.id(), writer, f.missionId(), f.funderId(), f.initiativeId(),
        f.stage().name(), f.date(), f.money().amount(), f.money().code(), f.conditional(), f.expires(), f.note(), now, now, f.confidential());
  }

  public boolean update(Connection c, String writer, Flow f, long revision, OffsetDateTime now) throws SQLException {
    return update(c, "update funding_flow set tenant_id = ?, funder_id = ?, initiative_id = ?, stage = ?, flow_date = ?, amount = ?, currency = ?, conditional = ?, expires = ?,"
        + " note = ?, confidential = ?, updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?", writer, f.funderId(), f.initiativeId(),
        f.stage().name(), f.date(), f.money().amount(), f.money().code(), f.conditional(), f.expires(), f.note(), f.confidential(), now, f.id(), f.missionId(), revision) == 1;
  }

  public boolean deleteFlow(Connection c, String mission, String id, long revision) throws SQLException {
    return update(c, "delete from funding_flow where id = ? and mission_id = ? and revision = ?", id, mission, revision) == 1;
  }

  private static String text(MonthDay day) {
    return day == null ? null : day.toString();
  }

  /** An amount as stored (6 decimals) back to the currency's own: 40.50, not 40.500000. */
  private static Money money(BigDecimal stored, String currency) {
    Currency code = Currency.getInstance(currency);
    return new Money(stored.setScale(Math.max(0, code.getDefaultFractionDigits()), java.math.RoundingMode.UNNECESSARY), code);
  }

  @FunctionalInterface
  private interface Row {
    void read(ResultSet r) throws SQLException;
  }

  /** A select whose {@code %s} is the missions' placeholders. */
  private static void query(Connection c, String sql, Collection<String> missions, Row row) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(String.format(sql, String.join(", ", java.util.Collections.nCopies(missions.size(), "?"))))) {
      int at = 1;
      for (String mission : missions) {
        select.setString(at++, mission);
      }
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    }
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}

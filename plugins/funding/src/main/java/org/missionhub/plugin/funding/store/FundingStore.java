package org.missionhub.plugin.funding.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
 * A mission's funding plan in its tables: read whole in five statements whatever its size; every write is
 * made as the organisation at work ({@code tenant_id}), and changes name the revision they read.
 */
public final class FundingStore {

  /** The currency of a mission that has not chosen one. */
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

  public FundingPlan plan(Connection c, String mission) throws SQLException {
    Currency currency = currency(c, mission).orElse(DEFAULT_CURRENCY);
    List<Rates.Rate> rates = new ArrayList<>();
    query(c, "select currency, valid_from, rate from funding_rate where mission_id = ? order by currency, valid_from", mission,
        r -> rates.add(new Rates.Rate(Currency.getInstance(r.getString(1)), r.getObject(2, LocalDate.class), r.getBigDecimal(3).stripTrailingZeros())));
    List<Funder> funders = new ArrayList<>();
    query(c, "select id, name, organisation_id, source_type, instrument, revision from funding_funder where mission_id = ? order by name, id", mission,
        r -> funders.add(new Funder(r.getString(1), mission, r.getString(2), r.getString(3), SourceType.valueOf(r.getString(4)), Instrument.valueOf(r.getString(5)), r.getLong(6))));
    List<Need> needs = new ArrayList<>();
    query(c, "select id, initiative_id, need_year, amount, currency, revision from funding_need where mission_id = ? order by initiative_id, need_year", mission,
        r -> needs.add(new Need(r.getString(1), mission, r.getString(2), r.getInt(3), money(r.getBigDecimal(4), r.getString(5)), r.getLong(6))));
    List<Flow> flows = new ArrayList<>();
    query(c, "select id, funder_id, initiative_id, stage, flow_date, amount, currency, conditional, expires, note, tenant_id, revision from funding_flow"
        + " where mission_id = ? order by flow_date, id", mission,
        r -> flows.add(new Flow(r.getString(1), mission, r.getString(2), r.getString(3), Stage.valueOf(r.getString(4)), r.getObject(5, LocalDate.class),
            money(r.getBigDecimal(6), r.getString(7)), r.getBoolean(8), r.getObject(9, LocalDate.class), r.getString(10), r.getString(11), r.getLong(12))));
    return new FundingPlan(new Rates(currency, rates), funders, needs, flows);
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
    update(c, "insert into funding_funder (id, tenant_id, mission_id, name, organisation_id, source_type, instrument, created_at, updated_at, revision)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", f.id(), writer, f.missionId(), f.name(), f.organisation(), f.sourceType().name(), f.instrument().name(), now, now);
  }

  public boolean update(Connection c, String writer, Funder f, long revision, OffsetDateTime now) throws SQLException {
    return update(c, "update funding_funder set tenant_id = ?, name = ?, organisation_id = ?, source_type = ?, instrument = ?, updated_at = ?, revision = revision + 1"
        + " where id = ? and mission_id = ? and revision = ?", writer, f.name(), f.organisation(), f.sourceType().name(), f.instrument().name(), now, f.id(), f.missionId(), revision) == 1;
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
        + " updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", f.id(), writer, f.missionId(), f.funderId(), f.initiativeId(), f.stage().name(),
        f.date(), f.money().amount(), f.money().code(), f.conditional(), f.expires(), f.note(), now, now);
  }

  public boolean update(Connection c, String writer, Flow f, long revision, OffsetDateTime now) throws SQLException {
    return update(c, "update funding_flow set tenant_id = ?, funder_id = ?, initiative_id = ?, stage = ?, flow_date = ?, amount = ?, currency = ?, conditional = ?, expires = ?,"
        + " note = ?, updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?", writer, f.funderId(), f.initiativeId(), f.stage().name(), f.date(),
        f.money().amount(), f.money().code(), f.conditional(), f.expires(), f.note(), now, f.id(), f.missionId(), revision) == 1;
  }

  public boolean deleteFlow(Connection c, String mission, String id, long revision) throws SQLException {
    return update(c, "delete from funding_flow where id = ? and mission_id = ? and revision = ?", id, mission, revision) == 1;
  }

  private static Optional<Currency> currency(Connection c, String mission) throws SQLException {
    List<Currency> found = new ArrayList<>();
    query(c, "select currency from funding_settings where mission_id = ?", mission, r -> found.add(Currency.getInstance(r.getString(1))));
    return found.stream().findFirst();
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

  private static void query(Connection c, String sql, String mission, Row row) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, mission);
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

package org.missionhub.plugin.funding.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.plugin.funding.model.BudgetCalendar;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.Instrument;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.model.SourceType;
import org.missionhub.plugin.funding.model.Stage;
import org.missionhub.plugin.funding.store.FundingStore;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * A mission's funding plan of a given size, written with the plugin's own store and tables: {@code funders}
 * funders of every source type (half with a budget cycle), {@code initiatives} initiatives each needing money
 * in two years, and {@code flows} flows spread over them at every stage, in euros and Danish kroner (with a
 * rate), from a fixed seed so that every run writes the same plan. Disbursements stay under commitments as the
 * service's rules want, though the store itself does not check.
 */
public record BenchFunding(int funders, int initiatives, int flows) {

  /** Issue 16's goal: 100,000 flows across 500 initiatives and 50 funders. */
  public static final BenchFunding FULL = new BenchFunding(50, 500, 100_000);

  public static final String WRITER = "00000000-0000-4000-8000-00000000beef";

  /** The roadmap's initiatives of the plan, as the roadmap exports them (ids {@code i-0}...). */
  public List<PortfolioInitiative> roadmap() {
    List<PortfolioInitiative> list = new ArrayList<>();
    for (int i = 0; i < initiatives; i++) {
      list.add(new PortfolioInitiative("i-" + i, "Initiative " + i, OrganisationId.of(WRITER), i % 7 == 0 ? "PROPOSED" : "ACTIVE", List.of("Objective " + i % 12),
          "What initiative " + i + " does", LocalDate.of(2025, 1 + i % 12, 1), i % 3 == 0 ? null : LocalDate.of(2031, 12, 31)));
    }
    return list;
  }

  public void write(Connection c, String mission) throws SQLException {
    FundingStore store = new FundingStore();
    // ids unique across missions written to the same database
    String prefix = Integer.toHexString(mission.hashCode());
    OffsetDateTime now = OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC);
    Currency dkk = Currency.getInstance("DKK");
    store.putRates(c, WRITER, mission, new Rates(Currency.getInstance("EUR"), List.of(new Rates.Rate(dkk, LocalDate.of(2020, 1, 1), new BigDecimal("0.1341")))), now);
    SourceType[] types = SourceType.values();
    for (int f = 0; f < funders; f++) {
      BudgetCalendar calendar = f % 2 == 0 ? new BudgetCalendar(1 + f % 12, MonthDay.of(3, 1), MonthDay.of(5 + f % 6, 28), MonthDay.of(12, 15), 1 + f % 3) : null;
      store.insert(c, WRITER, new Funder(prefix + "-f-" + f, mission, "Funder " + f, null, types[f % types.length], Instrument.values()[f % Instrument.values().length], 1, calendar), now);
    }
    try (PreparedStatement need = c.prepareStatement("insert into funding_need (id, tenant_id, mission_id, initiative_id, need_year, amount, currency, updated_at, revision)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      for (int i = 0; i < initiatives; i++) {
        for (int year = 2027; year <= 2028; year++) {
          need.setString(1, UUID.randomUUID().toString());
          need.setString(2, WRITER);
          need.setString(3, mission);
          need.setString(4, "i-" + i);
          need.setInt(5, year);
          need.setBigDecimal(6, new BigDecimal(100_000 + 1_000 * (i % 50)));
          need.setString(7, "EUR");
          need.setObject(8, now);
          need.addBatch();
        }
      }
      need.executeBatch();
    }
    Random random = new Random(16);
    Stage[] stages = {Stage.PLEDGE, Stage.COMMITMENT, Stage.COMMITMENT, Stage.DISBURSEMENT, Stage.EXPENDITURE};
    try (PreparedStatement flow = c.prepareStatement("insert into funding_flow (id, tenant_id, mission_id, funder_id, initiative_id, stage, flow_date, amount, currency,"
        + " conditional, expires, note, created_at, updated_at, revision, confidential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
      for (int n = 0; n < flows; n++) {
        Stage stage = stages[n % stages.length];
        LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1_400));
        flow.setString(1, prefix + "-" + n);
        flow.setString(2, WRITER);
        flow.setString(3, mission);
        flow.setString(4, prefix + "-f-" + random.nextInt(funders));
        flow.setString(5, "i-" + random.nextInt(initiatives));
        flow.setString(6, stage.name());
        flow.setObject(7, date);
        // disbursed and spent amounts are small beside the commitments: the rule "never above what was committed" holds on average
        flow.setBigDecimal(8, new BigDecimal(stage == Stage.COMMITMENT ? 5_000 + random.nextInt(20_000) : 100 + random.nextInt(2_000)));
        flow.setString(9, n % 4 == 0 ? "DKK" : "EUR");
        flow.setBoolean(10, stage == Stage.COMMITMENT && n % 10 == 1);
        flow.setObject(11, stage == Stage.COMMITMENT && n % 5 == 1 ? date.plusYears(1) : null);
        flow.setString(12, n % 3 == 0 ? "Flow " + n + " & its <note>" : null);
        flow.setObject(13, now);
        flow.setObject(14, now);
        flow.setBoolean(15, n % 50 == 0);
        flow.addBatch();
        if (n % 5_000 == 4_999) {
          flow.executeBatch();
        }
      }
      flow.executeBatch();
    }
  }
}

package org.missionhub.plugin.funding.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.RiskProposal;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.store.FundingStore;

/**
 * The seed's "lack of committed support" risk, proposed to a mission's register (issue 16, contract 1.9.0) when
 * live commitments fall below the share of the next twelve months' need that the mission's lead asks for (its
 * {@code committedShare} setting, as in the health check; half when the lead has not enabled the plugin). Once per
 * fall: the row in {@code funding_support_risk} remembers it, so a dismissed proposal is not made again until
 * commitments have covered the share and fallen below it once more. The mission's leaders and coordinators are
 * told.
 */
public final class SupportRisks implements Runnable {

  /** The key of the proposal in the register ({@code funding:committed-support}). */
  public static final String KEY = "committed-support";

  private static final Logger LOG = Logger.getLogger(SupportRisks.class.getName());

  private final PluginContext context;
  private final Clock clock;
  private final String shareSetting;
  private final FundingStore store = new FundingStore();

  public SupportRisks(PluginContext context, Clock clock, String shareSetting) {
    this.context = context;
    this.clock = clock;
    this.shareSetting = shareSetting;
  }

  @Override
  public void run() {
    LocalDate today = LocalDate.now(clock);
    PluginDatabase across = context.database().acrossOrganisations("propose a lack-of-committed-support risk where commitments fall below the coming year's need");
    Map<String, Optional<LocalDate>> missions = across.inTransaction(SupportRisks::missionsWithNeeds);
    Map<String, FundingPlan> plans = across.inTransaction(c -> store.plans(c, missions.keySet()));
    missions.forEach((mission, belowSince) -> {
      try {
        check(mission, plans.get(mission), belowSince, today);
      } catch (RuntimeException e) {
        // one mission's failure must not keep the others back; the next run tries again
        LOG.log(Level.WARNING, "The committed-support check of mission " + mission + " failed", e);
      }
    });
  }

  private void check(String mission, FundingPlan plan, Optional<LocalDate> belowSince, LocalDate today) {
    Optional<MissionFacts> facts = context.mission(MissionId.of(mission));
    if (facts.isEmpty()) {
      return;
    }
    int share = context.settings(facts.get().lead()).map(s -> s.integer(shareSetting)).orElse(50);
    Optional<FundingPlan.CommittedCover> cover = plan.comingYear(today);
    boolean below = cover.isPresent() && cover.get().percent().compareTo(BigDecimal.valueOf(share)) < 0;
    if (below && belowSince.isEmpty()) {
      Optional<String> risk = context.proposeRisk(facts.get().id(), proposal(cover.get(), share, plan, today));
      remember(facts.get(), today, risk);
      risk.ifPresent(id -> tell(facts.get(), cover.get(), share));
    } else if (!below && belowSince.isPresent()) {
      remember(facts.get(), null, Optional.empty());
    }
  }

  private RiskProposal proposal(FundingPlan.CommittedCover cover, int share, FundingPlan plan, LocalDate today) {
    String currency = plan.rates().missionCurrency().getCurrencyCode();
    return new RiskProposal(KEY, RiskCategory.LACK_OF_COMMITTED_SUPPORT, 4, 4,
        context.text("funding.risk.title"),
        // the figures in each language's own way of writing numbers
        context.text("funding.risk.description", today.toString(), cover.percent(), cover.committed(), cover.needed(), currency, Integer.toString(share)),
        context.text("funding.risk.mitigation"));
  }

  private void tell(MissionFacts mission, FundingPlan.CommittedCover cover, int share) {
    var message = context.text("funding.notice.committedSupport", cover.percent().toPlainString(), mission.title(), Integer.toString(share));
    context.missionPeople(mission.id()).stream()
        .filter(p -> p.role() == MissionRole.LEADER || p.role() == MissionRole.COORDINATOR)
        .map(p -> p.person().subject())
        .distinct()
        .forEach(subject -> context.notifications().notify(subject, "committed-support", message, mission.id()));
  }

  /** Missions with a need, and since when each has been below its share (empty: not below, or never checked). */
  private static Map<String, Optional<LocalDate>> missionsWithNeeds(Connection c) throws SQLException {
    Map<String, Optional<LocalDate>> missions = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(
            "select distinct n.mission_id, s.below_since from funding_need n left join funding_support_risk s on s.mission_id = n.mission_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        missions.put(rows.getString(1), Optional.ofNullable(rows.getObject(2, LocalDate.class)));
      }
    }
    return missions;
  }

  /** Writes, as the mission's lead, since when it is below (null: covered again) and the risk proposed. */
  private void remember(MissionFacts mission, LocalDate belowSince, Optional<String> risk) {
    context.database().forOrganisation(mission.lead()).inTransaction(c -> {
      try (PreparedStatement delete = c.prepareStatement("delete from funding_support_risk where mission_id = ?")) {
        delete.setString(1, mission.id().toString());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(
          "insert into funding_support_risk (mission_id, tenant_id, below_since, risk_id, checked_at) values (?, ?, ?, ?, ?)")) {
        insert.setString(1, mission.id().toString());
        insert.setString(2, mission.lead().toString());
        if (belowSince == null) {
          insert.setNull(3, java.sql.Types.DATE);
        } else {
          insert.setObject(3, belowSince);
        }
        insert.setString(4, risk.orElse(null));
        insert.setObject(5, OffsetDateTime.now(clock));
        insert.executeUpdate();
      }
      return null;
    });
  }
}

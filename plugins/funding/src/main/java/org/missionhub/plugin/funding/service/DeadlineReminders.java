package org.missionhub.plugin.funding.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.funding.model.Alerts;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.store.FundingStore;

/**
 * The "when must we ask" notices (issue 16): a funder's last day to ask for a fiscal year in which the
 * mission's initiatives still need money, {@link #AHEAD} days or less away, is announced to the mission's
 * leaders and coordinators ({@code funding.deadline}). Each is sent once: a row per funder, fiscal year and
 * kind is written with the notices, as the organisation that recorded the funder.
 */
public final class DeadlineReminders implements Runnable {

  /** How many days before a funder's last day to ask it is announced. */
  public static final int AHEAD = 30;

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  private final PluginContext context;
  private final Clock clock;
  private final FundingStore store = new FundingStore();

  public DeadlineReminders(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  @Override
  public void run() {
    LocalDate today = LocalDate.now(clock);
    PluginDatabase across = context.database().acrossOrganisations("notices ahead of funders' budget deadlines");
    List<String> missions = across.inTransaction(DeadlineReminders::missionsWithCycles);
    for (String mission : missions) {
      try {
        remind(across, mission, today);
      } catch (RuntimeException e) {
        // one mission's failure must not keep the others' notices back; the next run tries again
        LOG.log(Level.WARNING, "Budget deadline notices for mission " + mission + " failed", e);
      }
    }
  }

  private void remind(PluginDatabase across, String mission, LocalDate today) {
    Due due = across.inTransaction(c -> {
      FundingPlan plan = store.plan(c, mission);
      // outside a request the roadmap is not asked: the initiatives with a need are the ones that can lack money
      List<String> initiatives = plan.needs().stream().map(n -> n.initiativeId()).distinct().toList();
      Set<String> sent = sent(c, mission);
      List<Alerts.Deadline> coming = new ArrayList<>();
      for (Alerts.Deadline d : new Alerts(plan, initiatives, today).deadlines(1)) {
        if (d.kind() == Alerts.DeadlineKind.CLOSES && !d.day().isAfter(today.plusDays(AHEAD)) && !sent.contains(key(d))) {
          coming.add(d);
        }
      }
      return new Due(plan, coming, writers(c, mission));
    });
    if (!due.deadlines().isEmpty()) {
      notices(mission, due);
    }
  }

  /** What one mission has to announce, and the organisation that wrote each funder. */
  private record Due(FundingPlan plan, List<Alerts.Deadline> deadlines, Map<String, String> writers) {}

  private void notices(String mission, Due due) {
    List<MissionPerson> people = context.missionPeople(MissionId.of(mission));
    Set<String> to = new LinkedHashSet<>();
    people.stream().filter(p -> p.role() == MissionRole.LEADER || p.role() == MissionRole.COORDINATOR).forEach(p -> to.add(p.person().subject()));
    if (to.isEmpty()) {
      return;
    }
    for (Alerts.Deadline deadline : due.deadlines()) {
      Funder funder = due.plan().funder(deadline.funderId()).orElseThrow();
      OrganisationId writer = OrganisationId.of(due.writers().get(funder.id()));
      context.database().forOrganisation(writer).inTransaction(c -> {
        if (record(c, deadline, mission, writer)) {
          var message = context.text("funding.notice.deadline", funder.name(), String.valueOf(deadline.fiscalYear()), deadline.day().toString(), deadline.initiatives().size());
          to.forEach(subject -> context.notifications().notify(subject, "deadline", message, MissionId.of(mission)));
        }
        return null;
      });
    }
  }

  /** Missions with a funder whose budget cycle is known. */
  private static List<String> missionsWithCycles(Connection c) throws SQLException {
    List<String> missions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("select distinct mission_id from funding_funder where budget_closes is not null order by mission_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        missions.add(rows.getString(1));
      }
    }
    return missions;
  }

  /** The organisation that wrote each funder of the mission, to write its notices' rows as. */
  private static Map<String, String> writers(Connection c, String mission) throws SQLException {
    Map<String, String> writers = new java.util.HashMap<>();
    try (PreparedStatement select = c.prepareStatement("select id, tenant_id from funding_funder where mission_id = ?")) {
      select.setString(1, mission);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          writers.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return writers;
  }

  private static Set<String> sent(Connection c, String mission) throws SQLException {
    Set<String> sent = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement("select funder_id, fiscal_year, kind from funding_reminder where mission_id = ?")) {
      select.setString(1, mission);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sent.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3));
        }
      }
    }
    return sent;
  }

  /** Writes the notice's row unless it is there already: true when this call wrote it. */
  private boolean record(Connection c, Alerts.Deadline d, String mission, OrganisationId writer) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into funding_reminder (funder_id, fiscal_year, kind, tenant_id, mission_id, sent_at) select ?, ?, ?, ?, ?, ?"
            + " where not exists (select 1 from funding_reminder where funder_id = ? and fiscal_year = ? and kind = ?)")) {
      insert.setString(1, d.funderId());
      insert.setString(2, d.fiscalYear());
      insert.setString(3, d.kind().name());
      insert.setString(4, writer.toString());
      insert.setString(5, mission);
      insert.setObject(6, OffsetDateTime.now(clock));
      insert.setString(7, d.funderId());
      insert.setString(8, d.fiscalYear());
      insert.setString(9, d.kind().name());
      return insert.executeUpdate() == 1;
    }
  }

  private static String key(Alerts.Deadline d) {
    return d.funderId() + "/" + d.fiscalYear() + "/" + d.kind().name();
  }
}

package org.missionhub.plugin.evaluation.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.ReportingSchedule;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;

/**
 * The reminders job (issue 15): under every approved M&E plan, a value due within {@link #AHEAD} days and not
 * reported yet is announced to who reports it ({@code evaluation.report-due}), and one past its due date to
 * them and the mission's leaders ({@code evaluation.report-overdue}). Who reports it: the indicator's
 * responsible person, or else everyone of the reporting organisation with a reporting role in the mission.
 *
 * <p>Each reminder is sent once: a row per indicator, period and kind is written with the notices, in one
 * transaction as the reporting organisation, and a second try finds the row (or fails on its key) and sends
 * nothing. The platform runs the job on one server per period; the row makes it once even so.
 */
public final class ReportReminders implements Runnable {

  /** How many days before its due date a value is announced. */
  public static final int AHEAD = 7;

  private static final Logger LOG = Logger.getLogger(ReportReminders.class.getName());

  private final PluginContext context;
  private final Clock clock;
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public ReportReminders(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  /** A value to announce, and to whom. */
  private record Reminder(Indicator indicator, LocalDate period, LocalDate due, String kind) {}

  @Override
  public void run() {
    LocalDate today = LocalDate.now(clock);
    PluginDatabase across = context.database().acrossOrganisations("reminders of indicator values due or overdue under approved M&E plans");
    Map<String, Integer> plans = across.inTransaction(ReportReminders::approvedPlans);
    for (Map.Entry<String, Integer> plan : plans.entrySet()) {
      try {
        remind(across, plan.getKey(), plan.getValue(), today);
      } catch (RuntimeException e) {
        // one mission's failure must not keep the others' reminders back; the next run tries again
        LOG.log(Level.WARNING, "Reminders for mission " + plan.getKey() + " failed", e);
      }
    }
  }

  private void remind(PluginDatabase across, String mission, int reportWithinDays, LocalDate today) {
    List<Reminder> due = across.inTransaction(c -> {
      Set<String> sent = sent(c, mission);
      Board board = new Board(indicators.all(c, mission), actuals.all(c, mission));
      return ReportingSchedule.of(board, reportWithinDays, today).stream()
          .filter(r -> r.state() == ReportingSchedule.State.OVERDUE || (r.state() == ReportingSchedule.State.DUE && !r.due().isAfter(today.plusDays(AHEAD))))
          .map(r -> new Reminder(r.indicator(), r.period(), r.due(), r.state() == ReportingSchedule.State.OVERDUE ? "overdue" : "due"))
          .filter(r -> !sent.contains(key(r.indicator().id(), r.period(), r.kind())))
          .toList();
    });
    if (due.isEmpty()) {
      return;
    }
    List<MissionPerson> people = context.missionPeople(MissionId.of(mission));
    for (Reminder reminder : due) {
      Set<String> to = recipients(reminder, people);
      if (to.isEmpty()) {
        continue;
      }
      OrganisationId reporter = OrganisationId.of(reminder.indicator().reporter());
      context.database().forOrganisation(reporter).inTransaction(c -> {
        if (record(c, reminder, mission, reporter)) {
          to.forEach(subject -> context.notifications().notify(subject, "report-" + reminder.kind(), message(reminder), MissionId.of(mission)));
        }
        return null;
      });
    }
  }

  private static Set<String> recipients(Reminder reminder, List<MissionPerson> people) {
    Set<String> to = new LinkedHashSet<>();
    Indicator indicator = reminder.indicator();
    if (indicator.responsibleSubject() != null) {
      to.add(indicator.responsibleSubject());
    } else {
      people.stream().filter(p -> p.organisation().toString().equals(indicator.reporter()) && Access.REPORTING_ROLES.contains(p.role())).forEach(p -> to.add(p.person().subject()));
    }
    if (reminder.kind().equals("overdue")) {
      people.stream().filter(p -> p.role() == MissionRole.LEADER).forEach(p -> to.add(p.person().subject()));
    }
    return to;
  }

  private org.missionhub.api.plugin.LocalizedText message(Reminder r) {
    String what = r.indicator().code() + " · " + r.indicator().name().en() + ", " + r.indicator().periods().name(r.period());
    return context.text(r.kind().equals("overdue") ? "evaluation.notice.overdue" : "evaluation.notice.due", what, r.due().toString());
  }

  /** Missions with an approved plan, and how many days after a period its values are due. */
  private static Map<String, Integer> approvedPlans(Connection c) throws SQLException {
    Map<String, Integer> plans = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement("select mission_id, report_within_days from evaluation_plan where status = 'APPROVED' order by mission_id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        plans.put(rows.getString(1), rows.getInt(2));
      }
    }
    return plans;
  }

  private static Set<String> sent(Connection c, String mission) throws SQLException {
    Set<String> sent = new HashSet<>();
    try (PreparedStatement select = c.prepareStatement("select indicator_id, period_start, kind from evaluation_reminder where mission_id = ?")) {
      select.setString(1, mission);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sent.add(key(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getString(3)));
        }
      }
    }
    return sent;
  }

  /** Writes the reminder's row unless it is there already: true when this call wrote it. */
  private boolean record(Connection c, Reminder r, String mission, OrganisationId reporter) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into evaluation_reminder (indicator_id, period_start, kind, tenant_id, mission_id, sent_at) select ?, ?, ?, ?, ?, ?"
            + " where not exists (select 1 from evaluation_reminder where indicator_id = ? and period_start = ? and kind = ?)")) {
      insert.setString(1, r.indicator().id());
      insert.setObject(2, r.period());
      insert.setString(3, r.kind());
      insert.setString(4, reporter.toString());
      insert.setString(5, mission);
      insert.setObject(6, OffsetDateTime.now(clock));
      insert.setString(7, r.indicator().id());
      insert.setObject(8, r.period());
      insert.setString(9, r.kind());
      return insert.executeUpdate() == 1;
    }
  }

  private static String key(String indicator, LocalDate period, String kind) {
    return indicator + "/" + period + "/" + kind;
  }
}

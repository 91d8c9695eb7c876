package org.missionhub.plugin.evaluation.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Coverage;
import org.missionhub.plugin.evaluation.model.Plan;
import org.missionhub.plugin.evaluation.model.ReportingSchedule;

/**
 * An organisation's coverage across the missions it takes part in, read with the organisation's database
 * (row-level security shows the rows of its missions). One statement finds the missions with an approved
 * plan; the reporting schedule then reads each of those missions' plan and indicators, since an organisation
 * has a handful of missions with a plan, not hundreds.
 */
public final class CoverageReader {

  private final OrganisationEvaluation organisations;
  private final PlanStore plans = new PlanStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public CoverageReader(OrganisationEvaluation organisations) {
    this.organisations = organisations;
  }

  public Coverage read(OrganisationScope scope, LocalDate today) {
    List<MissionFacts> missions = scope.missions();
    Set<MissionId> withPlan = organisations.withApprovedPlan(scope.organisationId(), missions.stream().map(MissionFacts::id).toList());
    List<String> without = missions.stream().filter(m -> !withPlan.contains(m.id())).map(MissionFacts::title).sorted(Comparator.comparing(String::toLowerCase)).toList();
    List<ReportingSchedule.Report> reports = scope.database().inTransaction(c -> {
      List<ReportingSchedule.Report> all = new ArrayList<>();
      for (MissionId mission : withPlan) {
        all.addAll(schedule(c, mission.toString(), today));
      }
      return all;
    });
    return new Coverage(missions.size(), withPlan.size(), without, ReportingSchedule.reportedShare(reports));
  }

  private List<ReportingSchedule.Report> schedule(java.sql.Connection c, String mission, LocalDate today) throws SQLException {
    Plan plan = plans.read(c, mission);
    // as the plan's own schedule counts it: every indicator of the mission
    return ReportingSchedule.of(new Board(indicators.all(c, mission), actuals.all(c, mission)), plan.reportWithinDays(), today);
  }
}

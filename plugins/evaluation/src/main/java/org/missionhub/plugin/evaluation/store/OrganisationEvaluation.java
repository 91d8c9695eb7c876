package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * Evaluation data from one organisation's side, across its missions: the indicators it reports and the
 * values it reported (the data it holds, its export), and the rows of missions that go when it is erased.
 * Bound to the organisation; every statement names it too (H2 has no row-level security).
 */
public final class OrganisationEvaluation {

  /** Tables holding a mission's rows, children first. */
  private static final List<String> TABLES =
      List.of("evaluation_reminder", "evaluation_node_indicator", "evaluation_link", "evaluation_node", "evaluation_learning", "evaluation_question_indicator", "evaluation_question", "evaluation_moment", "evaluation_plan", "evaluation_actual", "evaluation_target", "evaluation_indicator");

  private final PluginDatabase database;

  public OrganisationEvaluation(PluginDatabase database) {
    this.database = database;
  }

  public long indicatorsReported(OrganisationId organisation) {
    return count(organisation, "select count(*) from evaluation_indicator where reporter_organisation_id = ?");
  }

  public long valuesReported(OrganisationId organisation) {
    return count(organisation, "select count(*) from evaluation_actual where reporting_organisation_id = ?");
  }

  /**
   * Which of the missions have an approved M&E plan with at least one question an indicator answers: one
   * statement for them all (a missions list asks for many).
   */
  public Set<MissionId> withApprovedPlan(OrganisationId organisation, Collection<MissionId> missions) {
    if (missions.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(missions.size(), "?"));
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "select p.mission_id from evaluation_plan p where p.mission_id in (" + marks + ") and p.status = 'APPROVED'"
              + " and exists (select 1 from evaluation_question_indicator qi where qi.mission_id = p.mission_id)")) {
        int at = 1;
        for (MissionId mission : missions) {
          select.setString(at++, mission.toString());
        }
        Set<MissionId> passed = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            passed.add(MissionId.of(rows.getString(1)));
          }
        }
        return passed;
      }
    });
  }

  /**
   * Every mission of the platform with an approved M&E plan that indicators answer (the health check's rule),
   * in one statement: a recorded read across organisations, for the platform's coverage.
   */
  public Set<MissionId> withApprovedPlanAcrossOrganisations(String purpose) {
    return database.acrossOrganisations(purpose).inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "select p.mission_id from evaluation_plan p where p.status = 'APPROVED'"
              + " and exists (select 1 from evaluation_question_indicator qi where qi.mission_id = p.mission_id)");
          ResultSet rows = select.executeQuery()) {
        Set<MissionId> passed = new HashSet<>();
        while (rows.next()) {
          passed.add(MissionId.of(rows.getString(1)));
        }
        return passed;
      }
    });
  }

  public void export(OrganisationId organisation, OrganisationExport export) {
    export.table(
        "indicator-values",
        List.of("id", "mission", "indicator", "period", "disaggregation", "value", "source", "comment", "verification", "reportedAt"),
        rows(organisation,
            "select a.id, a.mission_id, i.code, a.period_start, a.disaggregation, a.actual_value, a.source, a.note, a.verification, a.reported_at"
                + " from evaluation_actual a join evaluation_indicator i on i.id = a.indicator_id where a.reporting_organisation_id = ?"
                + " order by a.mission_id, i.code, a.period_start, a.id", 10));
  }

  /**
   * The organisation is erased: the indicators of the missions it led alone go, whoever wrote them. In the
   * missions that continue, the values it reported stay part of their evidence. Returns the rows deleted.
   */
  public int eraseMissions(OrganisationId organisation, Collection<MissionId> missions) {
    if (missions.isEmpty()) {
      return 0;
    }
    return database.forOrganisation(organisation).inTransaction(connection -> {
      int deleted = 0;
      for (MissionId mission : missions) {
        for (String table : TABLES) {
          try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where mission_id = ?")) {
            delete.setString(1, mission.toString());
            deleted += delete.executeUpdate();
          }
        }
      }
      return deleted;
    });
  }

  private long count(OrganisationId organisation, String sql) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement count = connection.prepareStatement(sql)) {
        count.setString(1, organisation.toString());
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  private List<List<Object>> rows(OrganisationId organisation, String sql, int columns) {
    return database.forOrganisation(organisation).inTransaction(connection -> read(connection, sql, organisation, columns));
  }

  private static List<List<Object>> read(Connection connection, String sql, OrganisationId organisation, int columns) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, organisation.toString());
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(result.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}

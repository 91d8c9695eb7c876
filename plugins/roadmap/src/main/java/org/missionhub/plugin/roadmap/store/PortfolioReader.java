package org.missionhub.plugin.roadmap.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.roadmap.model.Budget;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.DependencyKind;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.model.RagChange;

/**
 * Reads a mission's whole roadmap in six statements, whatever its size: one per table, each limited to the
 * mission (on H2 the only guard; on PostgreSQL row-level security adds its own).
 */
public final class PortfolioReader {

  public Portfolio read(Connection connection, String missionId) throws SQLException {
    Map<String, List<String>> objectivesOf = pairs(connection, "select initiative_id, objective_id from roadmap_initiative_objective where mission_id = ?", missionId);
    Map<String, List<String>> contributorsOf = pairs(connection, "select initiative_id, organisation_id from roadmap_contributor where mission_id = ?", missionId);
    return new Portfolio(
        objectives(connection, missionId), initiatives(connection, missionId, objectivesOf, contributorsOf), milestones(connection, missionId), dependencies(connection, missionId));
  }

  /** An initiative's RAG history, newest first. */
  public List<RagChange> ragHistory(Connection connection, String missionId, String initiativeId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select rag, reason, changed_by, changed_by_name, changed_at from roadmap_rag_change where mission_id = ? and initiative_id = ? order by changed_at desc, id")) {
      select.setString(1, missionId);
      select.setString(2, initiativeId);
      List<RagChange> history = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          history.add(new RagChange(Rag.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3), rows.getString(4), rows.getObject(5, OffsetDateTime.class)));
        }
      }
      return history;
    }
  }

  private static List<Objective> objectives(Connection connection, String missionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select id, seq, title, statement, due_year, revision from roadmap_objective where mission_id = ? order by seq, id")) {
      select.setString(1, missionId);
      List<Objective> objectives = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int dueYear = rows.getInt(5);
          objectives.add(new Objective(rows.getString(1), missionId, rows.getInt(2), rows.getString(3), rows.getString(4), rows.wasNull() ? null : dueYear, rows.getLong(6)));
        }
      }
      return objectives;
    }
  }

  private static List<Initiative> initiatives(
      Connection connection, String missionId, Map<String, List<String>> objectivesOf, Map<String, List<String>> contributorsOf) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, title, description, initiative_type, owner_organisation_id, responsible_subject, responsible_name, start_date, end_date,"
                + " horizon_override, horizon_reason, lifecycle, rag, rag_reason, budget_amount, budget_currency, tags, updated_at, revision"
                + " from roadmap_initiative where mission_id = ? order by start_date nulls last, title, id")) {
      select.setString(1, missionId);
      List<Initiative> initiatives = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          BigDecimal amount = rows.getBigDecimal(15);
          String horizon = rows.getString(10);
          String tags = rows.getString(17);
          initiatives.add(
              new Initiative(
                  id, missionId, rows.getString(2), rows.getString(3), InitiativeType.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getString(7),
                  contributorsOf.getOrDefault(id, List.of()), objectivesOf.getOrDefault(id, List.of()),
                  rows.getObject(8, LocalDate.class), rows.getObject(9, LocalDate.class),
                  horizon == null ? null : Horizon.valueOf(horizon), rows.getString(11),
                  Lifecycle.valueOf(rows.getString(12)), Rag.valueOf(rows.getString(13)), rows.getString(14),
                  amount == null ? null : budget(amount, Currency.getInstance(rows.getString(16))),
                  tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
                  rows.getObject(18, OffsetDateTime.class), rows.getLong(19)));
        }
      }
      return initiatives;
    }
  }

  private static List<Milestone> milestones(Connection connection, String missionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, initiative_id, title, due_date, owner_organisation_id, state, revision from roadmap_milestone where mission_id = ? order by due_date, id")) {
      select.setString(1, missionId);
      List<Milestone> milestones = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          milestones.add(
              new Milestone(rows.getString(1), missionId, rows.getString(2), rows.getString(3), rows.getObject(4, LocalDate.class), rows.getString(5), MilestoneState.valueOf(rows.getString(6)), rows.getLong(7)));
        }
      }
      return milestones;
    }
  }

  private static List<Dependency> dependencies(Connection connection, String missionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, predecessor_kind, predecessor_id, successor_kind, successor_id, dependency_kind from roadmap_dependency where mission_id = ? order by created_at, id")) {
      select.setString(1, missionId);
      List<Dependency> dependencies = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          dependencies.add(
              new Dependency(
                  rows.getString(1), missionId,
                  new ItemRef(ItemRef.Kind.valueOf(rows.getString(2)), rows.getString(3)),
                  new ItemRef(ItemRef.Kind.valueOf(rows.getString(4)), rows.getString(5)),
                  DependencyKind.valueOf(rows.getString(6))));
        }
      }
      return dependencies;
    }
  }

  /**
   * The amount with the currency's own decimals, or more where it has them (the column keeps four):
   * 250000.5000 EUR as 250000.50, 1200.0000 JPY as 1200, 0.1250 EUR as 0.125.
   */
  private static Budget budget(BigDecimal amount, Currency currency) {
    BigDecimal stripped = amount.stripTrailingZeros();
    int scale = Math.max(Math.max(currency.getDefaultFractionDigits(), 0), stripped.scale());
    return new Budget(stripped.setScale(scale), currency);
  }

  private static Map<String, List<String>> pairs(Connection connection, String sql, String missionId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql + " order by 1, 2")) {
      select.setString(1, missionId);
      Map<String, List<String>> pairs = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pairs.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
      return pairs;
    }
  }
}

package org.missionhub.plugin.roadmap.store;

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
 * The roadmap from one organisation's side, across its missions: what it owns (for the data it holds and
 * its export), and the rows of missions that go when it is erased. Bound to the organisation; every
 * statement names it too (H2 has no row-level security).
 */
public final class OrganisationRoadmap {

  /** Tables holding a mission's rows, children first. */
  private static final List<String> TABLES =
      List.of(
          "roadmap_baseline_item", "roadmap_baseline", "roadmap_review_verdict", "roadmap_review", "roadmap_review_cadence", "roadmap_dependency", "roadmap_rag_change", "roadmap_milestone", "roadmap_contributor",
          "roadmap_initiative_objective", "roadmap_initiative", "roadmap_objective");

  private final PluginDatabase database;

  public OrganisationRoadmap(PluginDatabase database) {
    this.database = database;
  }

  public long initiativesOwned(OrganisationId organisation) {
    return count(organisation, "select count(*) from roadmap_initiative where owner_organisation_id = ?");
  }

  public long milestonesOwned(OrganisationId organisation) {
    return count(organisation, "select count(*) from roadmap_milestone where owner_organisation_id = ?");
  }

  /**
   * Which of the missions have a portfolio with at least one objective, each served by an initiative that
   * is active: one statement for them all (a missions list asks for many).
   */
  public Set<MissionId> withEveryObjectiveActive(OrganisationId organisation, Collection<MissionId> missions) {
    if (missions.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(", ", Collections.nCopies(missions.size(), "?"));
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement(
              "select o.mission_id from roadmap_objective o where o.mission_id in (" + marks + ") group by o.mission_id"
                  + " having count(distinct o.id) = count(distinct case when exists (select 1 from roadmap_initiative_objective io"
                  + " join roadmap_initiative i on i.id = io.initiative_id where io.objective_id = o.id and i.lifecycle = 'ACTIVE') then o.id end)")) {
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

  public void export(OrganisationId organisation, OrganisationExport export) {
    export.table(
        "initiatives",
        List.of("id", "mission", "title", "type", "start", "end", "lifecycle", "rag", "ragReason", "budget", "currency", "tags"),
        rows(organisation,
            "select id, mission_id, title, initiative_type, start_date, end_date, lifecycle, rag, rag_reason, budget_amount, budget_currency, tags"
                + " from roadmap_initiative where owner_organisation_id = ? order by mission_id, title, id", 12));
    export.table(
        "milestones",
        List.of("id", "mission", "initiative", "title", "due", "state"),
        rows(organisation, "select id, mission_id, initiative_id, title, due_date, state from roadmap_milestone where owner_organisation_id = ? order by mission_id, due_date, id", 6));
  }

  /**
   * The organisation is erased: the roadmaps of the missions it led alone go, whoever wrote their rows. In
   * the missions that continue, what it owned stays part of their portfolio (its owner shown as a former
   * organisation) for their leaders to hand on. Returns the rows deleted.
   */
  public int eraseMissions(OrganisationId organisation, Collection<MissionId> missions) {
    if (missions.isEmpty()) {
      return 0;
    }
    return database.forOrganisation(organisation).inTransaction(connection -> {
      int deleted = 0;
      for (MissionId mission : missions) {
        for (String table : TABLES) {
          deleted += delete(connection, table, mission);
        }
      }
      return deleted;
    });
  }

  private static int delete(Connection connection, String table, MissionId mission) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where mission_id = ?")) {
      delete.setString(1, mission.toString());
      return delete.executeUpdate();
    }
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
    return database.forOrganisation(organisation).inTransaction(connection -> {
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
    });
  }
}

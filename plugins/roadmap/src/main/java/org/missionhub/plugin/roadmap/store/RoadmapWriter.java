package org.missionhub.plugin.roadmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Objective;

/**
 * Writes the roadmap's rows, on the connection of the caller's transaction. {@code writer} is the bound
 * organisation: it becomes the row's tenant_id (who wrote it last), as row-level security requires. Updates
 * name the revision they read and answer whether the row still had it.
 */
public final class RoadmapWriter {

  public void insert(Connection c, String writer, Objective o, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("insert into roadmap_objective (id, tenant_id, mission_id, seq, title, statement, due_year, created_at, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, o.id());
      insert.setString(2, writer);
      insert.setString(3, o.missionId());
      insert.setInt(4, o.position());
      bindObjective(insert, 5, o);
      insert.setObject(8, now);
      insert.setObject(9, now);
      insert.executeUpdate();
    }
  }

  public boolean update(Connection c, String writer, Objective o, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update roadmap_objective set tenant_id = ?, seq = ?, title = ?, statement = ?, due_year = ?, updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?")) {
      update.setString(1, writer);
      update.setInt(2, o.position());
      bindObjective(update, 3, o);
      update.setObject(6, now);
      update.setString(7, o.id());
      update.setString(8, o.missionId());
      update.setLong(9, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public void insert(Connection c, String writer, Initiative i, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_initiative (tenant_id, title, description, initiative_type, owner_organisation_id, responsible_subject, responsible_name, start_date, end_date,"
                + " horizon_override, horizon_reason, lifecycle, rag, rag_reason, budget_amount, budget_currency, tags, updated_at, id, mission_id, created_at, revision)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, writer);
      bindInitiative(insert, 2, i);
      insert.setObject(18, now);
      insert.setString(19, i.id());
      insert.setString(20, i.missionId());
      insert.setObject(21, now);
      insert.executeUpdate();
    }
    links(c, writer, i);
  }

  public boolean update(Connection c, String writer, Initiative i, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update roadmap_initiative set tenant_id = ?, title = ?, description = ?, initiative_type = ?, owner_organisation_id = ?, responsible_subject = ?, responsible_name = ?,"
                + " start_date = ?, end_date = ?, horizon_override = ?, horizon_reason = ?, lifecycle = ?, rag = ?, rag_reason = ?, budget_amount = ?, budget_currency = ?, tags = ?,"
                + " updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?")) {
      update.setString(1, writer);
      bindInitiative(update, 2, i);
      update.setObject(18, now);
      update.setString(19, i.id());
      update.setString(20, i.missionId());
      update.setLong(21, expectedRevision);
      if (update.executeUpdate() != 1) {
        return false;
      }
    }
    delete(c, "delete from roadmap_initiative_objective where initiative_id = ? and mission_id = ?", i.id(), i.missionId());
    delete(c, "delete from roadmap_contributor where initiative_id = ? and mission_id = ?", i.id(), i.missionId());
    links(c, writer, i);
    return true;
  }

  public void ragChanged(Connection c, String writer, Initiative i, String bySubject, String byName, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_rag_change (id, initiative_id, tenant_id, mission_id, rag, reason, changed_by, changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, i.id());
      insert.setString(3, writer);
      insert.setString(4, i.missionId());
      insert.setString(5, i.rag().name());
      insert.setString(6, i.ragReason());
      insert.setString(7, bySubject);
      insert.setString(8, byName);
      insert.setObject(9, now);
      insert.executeUpdate();
    }
  }

  public void insert(Connection c, String writer, Milestone m, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_milestone (initiative_id, title, due_date, owner_organisation_id, state, tenant_id, id, mission_id, created_at, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bindMilestone(insert, m);
      insert.setString(6, writer);
      insert.setString(7, m.id());
      insert.setString(8, m.missionId());
      insert.setObject(9, now);
      insert.setObject(10, now);
      insert.executeUpdate();
    }
  }

  public boolean update(Connection c, String writer, Milestone m, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update roadmap_milestone set initiative_id = ?, title = ?, due_date = ?, owner_organisation_id = ?, state = ?, tenant_id = ?, updated_at = ?, revision = revision + 1"
                + " where id = ? and mission_id = ? and revision = ?")) {
      bindMilestone(update, m);
      update.setString(6, writer);
      update.setObject(7, now);
      update.setString(8, m.id());
      update.setString(9, m.missionId());
      update.setLong(10, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public void insert(Connection c, String writer, Dependency d, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_dependency (id, tenant_id, mission_id, predecessor_kind, predecessor_id, successor_kind, successor_id, dependency_kind, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, d.id());
      insert.setString(2, writer);
      insert.setString(3, d.missionId());
      insert.setString(4, d.predecessor().kind().name());
      insert.setString(5, d.predecessor().id());
      insert.setString(6, d.successor().kind().name());
      insert.setString(7, d.successor().id());
      insert.setString(8, d.kind().name());
      insert.setObject(9, now);
      insert.executeUpdate();
    }
  }

  /** Deletes a row of one of the roadmap's tables (with what cascades from it); false if it was not there. */
  public boolean delete(Connection c, Table table, String missionId, String id, Long expectedRevision) throws SQLException {
    String sql = "delete from " + table.sql + " where id = ? and mission_id = ?" + (expectedRevision == null ? "" : " and revision = ?");
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      if (expectedRevision != null) {
        delete.setLong(3, expectedRevision);
      }
      return delete.executeUpdate() == 1;
    }
  }

  /** The dependencies an item takes part in go with it. */
  public void deleteDependenciesOf(Connection c, String missionId, ItemRef item) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement(
            "delete from roadmap_dependency where mission_id = ? and ((predecessor_kind = ? and predecessor_id = ?) or (successor_kind = ? and successor_id = ?))")) {
      delete.setString(1, missionId);
      delete.setString(2, item.kind().name());
      delete.setString(3, item.id());
      delete.setString(4, item.kind().name());
      delete.setString(5, item.id());
      delete.executeUpdate();
    }
  }

  /** The roadmap's tables whose rows are deleted one by one. */
  public enum Table {
    OBJECTIVE("roadmap_objective"),
    INITIATIVE("roadmap_initiative"),
    MILESTONE("roadmap_milestone"),
    DEPENDENCY("roadmap_dependency");

    private final String sql;

    Table(String sql) {
      this.sql = sql;
    }
  }

  private static void links(Connection c, String writer, Initiative i) throws SQLException {
    try (PreparedStatement objective =
            c.prepareStatement("insert into roadmap_initiative_objective (initiative_id, objective_id, tenant_id, mission_id) values (?, ?, ?, ?)");
        PreparedStatement contributor =
            c.prepareStatement("insert into roadmap_contributor (initiative_id, organisation_id, tenant_id, mission_id) values (?, ?, ?, ?)")) {
      for (String id : i.objectives()) {
        bindLink(objective, i, id, writer);
      }
      for (String id : i.contributors()) {
        bindLink(contributor, i, id, writer);
      }
      objective.executeBatch();
      contributor.executeBatch();
    }
  }

  private static void bindLink(PreparedStatement statement, Initiative i, String other, String writer) throws SQLException {
    statement.setString(1, i.id());
    statement.setString(2, other);
    statement.setString(3, writer);
    statement.setString(4, i.missionId());
    statement.addBatch();
  }

  private static void bindObjective(PreparedStatement s, int at, Objective o) throws SQLException {
    s.setString(at, o.title());
    s.setString(at + 1, o.statement());
    if (o.dueYear() == null) {
      s.setNull(at + 2, Types.INTEGER);
    } else {
      s.setInt(at + 2, o.dueYear());
    }
  }

  /** Binds the initiative's 16 columns from title to tags, starting at {@code at}. */
  private static void bindInitiative(PreparedStatement s, int at, Initiative i) throws SQLException {
    s.setString(at, i.title());
    s.setString(at + 1, i.description());
    s.setString(at + 2, i.type().name());
    s.setString(at + 3, i.owner());
    s.setString(at + 4, i.responsibleSubject());
    s.setString(at + 5, i.responsibleName());
    setDate(s, at + 6, i.start());
    setDate(s, at + 7, i.end());
    s.setString(at + 8, i.horizonOverride() == null ? null : i.horizonOverride().name());
    s.setString(at + 9, i.horizonReason());
    s.setString(at + 10, i.lifecycle().name());
    s.setString(at + 11, i.rag().name());
    s.setString(at + 12, i.ragReason());
    s.setBigDecimal(at + 13, i.budget() == null ? null : i.budget().amount());
    s.setString(at + 14, i.budget() == null ? null : i.budget().currency().getCurrencyCode());
    s.setString(at + 15, String.join("\n", i.tags()));
  }

  private static void bindMilestone(PreparedStatement s, Milestone m) throws SQLException {
    s.setString(1, m.initiativeId());
    s.setString(2, m.title());
    setDate(s, 3, m.due());
    s.setString(4, m.owner());
    s.setString(5, m.state().name());
  }

  private static void setDate(PreparedStatement s, int at, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(at, Types.DATE);
    } else {
      s.setObject(at, date);
    }
  }

  private static void delete(Connection c, String sql, String id, String missionId) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      delete.executeUpdate();
    }
  }
}

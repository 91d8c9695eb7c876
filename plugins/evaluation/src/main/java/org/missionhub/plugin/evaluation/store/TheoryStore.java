package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;

/**
 * The mission's theory of change on the connection of the caller's transaction: read whole in three
 * statements whatever its size; every change names the revision it read.
 */
public final class TheoryStore {

  public TheoryOfChange read(Connection c, String missionId) throws SQLException {
    List<ChangeNode> nodes = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement("select id, kind, title, description, initiative_id, revision from evaluation_node where mission_id = ? order by created_at, id")) {
      select.setString(1, missionId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          nodes.add(new ChangeNode(rows.getString(1), NodeKind.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6)));
        }
      }
    }
    List<ChangeLink> links = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement("select id, from_node_id, to_node_id, assumptions, evidence, revision from evaluation_link where mission_id = ? order by created_at, id")) {
      select.setString(1, missionId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          links.add(new ChangeLink(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6)));
        }
      }
    }
    return new TheoryOfChange(nodes, links);
  }

  /** Each linked indicator's step, indicator id to step id. */
  public Map<String, String> indicatorNodes(Connection c, String missionId) throws SQLException {
    Map<String, String> nodes = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement("select indicator_id, node_id from evaluation_node_indicator where mission_id = ?")) {
      select.setString(1, missionId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          nodes.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return nodes;
  }

  public void insert(Connection c, String writer, String missionId, ChangeNode n, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into evaluation_node (kind, title, description, initiative_id, tenant_id, id, mission_id, created_at, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bind(insert, n);
      insert.setString(5, writer);
      insert.setString(6, n.id());
      insert.setString(7, missionId);
      insert.setObject(8, now);
      insert.setObject(9, now);
      insert.executeUpdate();
    }
  }

  public boolean update(Connection c, String writer, String missionId, ChangeNode n, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "update evaluation_node set kind = ?, title = ?, description = ?, initiative_id = ?, tenant_id = ?, updated_at = ?, revision = revision + 1"
            + " where id = ? and mission_id = ? and revision = ?")) {
      bind(update, n);
      update.setString(5, writer);
      update.setObject(6, now);
      update.setString(7, n.id());
      update.setString(8, missionId);
      update.setLong(9, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  /** The indicators that measure a step, replacing those it had; an indicator moves from any other step. */
  public void measure(Connection c, String writer, String missionId, String nodeId, List<String> indicatorIds) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_node_indicator where mission_id = ? and node_id = ?")) {
      delete.setString(1, missionId);
      delete.setString(2, nodeId);
      delete.executeUpdate();
    }
    if (indicatorIds.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_node_indicator where mission_id = ? and indicator_id = ?");
        PreparedStatement insert = c.prepareStatement("insert into evaluation_node_indicator (indicator_id, node_id, tenant_id, mission_id) values (?, ?, ?, ?)")) {
      for (String indicator : indicatorIds) {
        delete.setString(1, missionId);
        delete.setString(2, indicator);
        delete.addBatch();
        insert.setString(1, indicator);
        insert.setString(2, nodeId);
        insert.setString(3, writer);
        insert.setString(4, missionId);
        insert.addBatch();
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  public boolean delete(Connection c, String missionId, String table, String id, long expectedRevision) throws SQLException {
    if (!table.equals("evaluation_node") && !table.equals("evaluation_link")) {
      throw new IllegalArgumentException(table);
    }
    try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where id = ? and mission_id = ? and revision = ?")) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      delete.setLong(3, expectedRevision);
      return delete.executeUpdate() == 1;
    }
  }

  public void insert(Connection c, String writer, String missionId, ChangeLink l, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into evaluation_link (from_node_id, to_node_id, assumptions, evidence, tenant_id, id, mission_id, created_at, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bind(insert, l);
      insert.setString(5, writer);
      insert.setString(6, l.id());
      insert.setString(7, missionId);
      insert.setObject(8, now);
      insert.setObject(9, now);
      insert.executeUpdate();
    }
  }

  public boolean update(Connection c, String writer, String missionId, ChangeLink l, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "update evaluation_link set from_node_id = ?, to_node_id = ?, assumptions = ?, evidence = ?, tenant_id = ?, updated_at = ?, revision = revision + 1"
            + " where id = ? and mission_id = ? and revision = ?")) {
      bind(update, l);
      update.setString(5, writer);
      update.setObject(6, now);
      update.setString(7, l.id());
      update.setString(8, missionId);
      update.setLong(9, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  private static void bind(PreparedStatement s, ChangeNode n) throws SQLException {
    s.setString(1, n.kind().name());
    s.setString(2, n.title());
    s.setString(3, n.description());
    s.setString(4, n.initiativeId());
  }

  private static void bind(PreparedStatement s, ChangeLink l) throws SQLException {
    s.setString(1, l.from());
    s.setString(2, l.to());
    s.setString(3, l.assumptions());
    s.setString(4, l.evidence());
  }
}

package org.missionhub.plugin.roadmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.roadmap.model.Baseline;
import org.missionhub.plugin.roadmap.model.BaselineItem;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Rag;

/** A mission's baselines: listed without their items, read one with its items, written in one batch. */
public final class BaselineStore {

  /** Every baseline of the mission, newest first, without items. */
  public List<Baseline> list(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "select b.id, b.name, b.taken_at, b.taken_by_name, b.revision, (select count(*) from roadmap_baseline_item i where i.baseline_id = b.id)"
                + " from roadmap_baseline b where b.mission_id = ? order by b.taken_at desc, b.id")) {
      select.setString(1, missionId);
      List<Baseline> baselines = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          baselines.add(new Baseline(rows.getString(1), missionId, rows.getString(2), rows.getObject(3, OffsetDateTime.class), rows.getString(4), rows.getInt(6), List.of(), rows.getLong(5)));
        }
      }
      return baselines;
    }
  }

  public Optional<Baseline> get(Connection c, String missionId, String id) throws SQLException {
    Optional<Baseline> head = list(c, missionId).stream().filter(b -> b.id().equals(id)).findFirst();
    if (head.isEmpty()) {
      return head;
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "select item_kind, item_id, title, owner_id, start_on, end_on, status, rag from roadmap_baseline_item where mission_id = ? and baseline_id = ?"
                + " order by item_kind, title, item_id")) {
      select.setString(1, missionId);
      select.setString(2, id);
      List<BaselineItem> items = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          items.add(new BaselineItem(
              new ItemRef(ItemRef.Kind.valueOf(rows.getString(1)), rows.getString(2)), rows.getString(3), rows.getString(4),
              rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class), rows.getString(7), rows.getString(8) == null ? null : Rag.valueOf(rows.getString(8))));
        }
      }
      Baseline b = head.get();
      return Optional.of(new Baseline(b.id(), b.missionId(), b.name(), b.takenAt(), b.takenByName(), items.size(), items, b.revision()));
    }
  }

  public void insert(Connection c, String writer, Baseline baseline) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("insert into roadmap_baseline (id, tenant_id, mission_id, name, taken_at, taken_by_name, revision) values (?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, baseline.id());
      insert.setString(2, writer);
      insert.setString(3, baseline.missionId());
      insert.setString(4, baseline.name());
      insert.setObject(5, baseline.takenAt());
      insert.setString(6, baseline.takenByName());
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_baseline_item (baseline_id, item_kind, item_id, tenant_id, mission_id, title, owner_id, start_on, end_on, status, rag)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (BaselineItem item : baseline.items()) {
        insert.setString(1, baseline.id());
        insert.setString(2, item.ref().kind().name());
        insert.setString(3, item.ref().id());
        insert.setString(4, writer);
        insert.setString(5, baseline.missionId());
        insert.setString(6, item.title());
        insert.setString(7, item.owner());
        insert.setObject(8, item.start());
        insert.setObject(9, item.end());
        insert.setString(10, item.status());
        insert.setString(11, item.rag() == null ? null : item.rag().name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Deletes the baseline and its items if it still has the revision read; false otherwise (roll back then). */
  public boolean delete(Connection c, String missionId, String id, long revision) throws SQLException {
    try (PreparedStatement items = c.prepareStatement("delete from roadmap_baseline_item where mission_id = ? and baseline_id = ?");
        PreparedStatement delete = c.prepareStatement("delete from roadmap_baseline where mission_id = ? and id = ? and revision = ?")) {
      delete.setString(1, missionId);
      delete.setString(2, id);
      delete.setLong(3, revision);
      items.setString(1, missionId);
      items.setString(2, id);
      // items first (the caller's transaction rolls them back if the baseline changed meanwhile)
      items.executeUpdate();
      return delete.executeUpdate() == 1;
    }
  }
}

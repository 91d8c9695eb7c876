package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.evaluation.model.Lesson;

/** The mission's learning log, newest first, on the connection of the caller's transaction. */
public final class LessonStore {

  private static final String SELECT =
      "select id, recorded_on, insight, evidence, evidence_url, indicator_id, implication, decision_id, author_subject, author_name, revision"
          + " from evaluation_learning where mission_id = ?";

  public List<Lesson> all(Connection c, String missionId) throws SQLException {
    return select(c, SELECT + " order by recorded_on desc, created_at desc, id", missionId, null);
  }

  public Optional<Lesson> find(Connection c, String missionId, String id) throws SQLException {
    return select(c, SELECT + " and id = ?", missionId, id).stream().findFirst();
  }

  public void insert(Connection c, String writer, String missionId, Lesson l, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into evaluation_learning (recorded_on, insight, evidence, evidence_url, indicator_id, implication, decision_id, tenant_id, author_subject, author_name,"
            + " id, mission_id, created_at, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bind(insert, l);
      insert.setString(8, writer);
      insert.setString(9, l.authorSubject());
      insert.setString(10, l.authorName());
      insert.setString(11, l.id());
      insert.setString(12, missionId);
      insert.setObject(13, now);
      insert.setObject(14, now);
      insert.executeUpdate();
    }
  }

  public boolean update(Connection c, String writer, String missionId, Lesson l, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "update evaluation_learning set recorded_on = ?, insight = ?, evidence = ?, evidence_url = ?, indicator_id = ?, implication = ?, decision_id = ?, tenant_id = ?,"
            + " updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?")) {
      bind(update, l);
      update.setString(8, writer);
      update.setObject(9, now);
      update.setString(10, l.id());
      update.setString(11, missionId);
      update.setLong(12, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public boolean delete(Connection c, String missionId, String id, long expectedRevision) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_learning where id = ? and mission_id = ? and revision = ?")) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      delete.setLong(3, expectedRevision);
      return delete.executeUpdate() == 1;
    }
  }

  private static void bind(PreparedStatement s, Lesson l) throws SQLException {
    s.setObject(1, l.recordedOn());
    s.setString(2, l.insight());
    s.setString(3, l.evidence());
    s.setString(4, l.evidenceUrl());
    s.setString(5, l.indicatorId());
    s.setString(6, l.implication());
    s.setString(7, l.decisionId());
  }

  private static List<Lesson> select(Connection c, String sql, String missionId, String id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, missionId);
      if (id != null) {
        select.setString(2, id);
      }
      List<Lesson> lessons = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lessons.add(new Lesson(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
              rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getLong(11)));
        }
      }
      return lessons;
    }
  }
}

package org.missionhub.plugin.roadmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.model.Review;
import org.missionhub.plugin.roadmap.model.ReviewVerdict;
import org.missionhub.plugin.roadmap.model.Verdict;

/** The reviews of a mission's portfolio, their verdicts and the mission's review cadence. */
public final class ReviewStore {

  public List<Review> reviews(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select id, held_on, title, closed_at, revision from roadmap_review where mission_id = ? order by held_on desc, created_at desc")) {
      select.setString(1, missionId);
      List<Review> reviews = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          reviews.add(new Review(rows.getString(1), missionId, rows.getObject(2, LocalDate.class), rows.getString(3), rows.getObject(4, OffsetDateTime.class), rows.getLong(5)));
        }
      }
      return reviews;
    }
  }

  public void insert(Connection c, String writer, Review review, String createdBy, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("insert into roadmap_review (id, tenant_id, mission_id, held_on, title, created_by, created_at, revision) values (?, ?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, review.id());
      insert.setString(2, writer);
      insert.setString(3, review.missionId());
      insert.setObject(4, review.heldOn());
      insert.setString(5, review.title());
      insert.setString(6, createdBy);
      insert.setObject(7, now);
      insert.executeUpdate();
    }
  }

  /** Closes the review if it still has the revision read; false otherwise. */
  public boolean close(Connection c, String writer, Review review, long expectedRevision, OffsetDateTime now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update roadmap_review set tenant_id = ?, closed_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ? and closed_at is null")) {
      update.setString(1, writer);
      update.setObject(2, now);
      update.setString(3, review.id());
      update.setString(4, review.missionId());
      update.setLong(5, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public List<ReviewVerdict> verdicts(Connection c, String missionId, String reviewId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "select initiative_id, verdict, rationale, decision_id, decided_by_name, decided_at from roadmap_review_verdict where mission_id = ? and review_id = ? order by decided_at")) {
      select.setString(1, missionId);
      select.setString(2, reviewId);
      List<ReviewVerdict> verdicts = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          verdicts.add(new ReviewVerdict(reviewId, rows.getString(1), Verdict.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class)));
        }
      }
      return verdicts;
    }
  }

  public void insert(Connection c, String writer, String missionId, ReviewVerdict verdict, String decidedBy) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into roadmap_review_verdict (review_id, initiative_id, tenant_id, mission_id, verdict, rationale, decision_id, decided_by, decided_by_name, decided_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, verdict.reviewId());
      insert.setString(2, verdict.initiativeId());
      insert.setString(3, writer);
      insert.setString(4, missionId);
      insert.setString(5, verdict.verdict().name());
      insert.setString(6, verdict.rationale());
      insert.setString(7, verdict.decisionId());
      insert.setString(8, decidedBy);
      insert.setString(9, verdict.decidedByName());
      insert.setObject(10, verdict.decidedAt());
      insert.executeUpdate();
    }
  }

  /** The RAG statuses each initiative took since a moment, in order: what changed since the last review. */
  public Map<String, List<Rag>> ragChangesSince(Connection c, String missionId, OffsetDateTime since) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select initiative_id, rag from roadmap_rag_change where mission_id = ? and changed_at > ? order by changed_at, id")) {
      select.setString(1, missionId);
      select.setObject(2, since);
      Map<String, List<Rag>> changes = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          changes.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(Rag.valueOf(rows.getString(2)));
        }
      }
      return changes;
    }
  }

  public Optional<Integer> cadence(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("select months from roadmap_review_cadence where mission_id = ?")) {
      select.setString(1, missionId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
      }
    }
  }

  public void cadence(Connection c, String writer, String missionId, int months, OffsetDateTime now) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from roadmap_review_cadence where mission_id = ?");
        PreparedStatement insert = c.prepareStatement("insert into roadmap_review_cadence (mission_id, tenant_id, months, updated_at) values (?, ?, ?, ?)")) {
      delete.setString(1, missionId);
      delete.executeUpdate();
      insert.setString(1, missionId);
      insert.setString(2, writer);
      insert.setInt(3, months);
      insert.setObject(4, now);
      insert.executeUpdate();
    }
  }
}

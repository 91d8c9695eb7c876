package org.missionhub.plugin.evaluation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;

/** Where the mission's indicators are fed from: one statement reads them all. */
public final class FeedStore {

  private static final String SELECT = "select indicator_id, kind, source, question, option_code, revision from evaluation_indicator_feed where mission_id = ?";

  public List<IndicatorFeed> all(Connection c, String missionId) throws SQLException {
    return select(c, SELECT + " order by indicator_id", missionId, null);
  }

  public Optional<IndicatorFeed> find(Connection c, String missionId, String indicatorId) throws SQLException {
    return select(c, SELECT + " and indicator_id = ?", missionId, indicatorId).stream().findFirst();
  }

  /** Sets the indicator's feed (replacing one it had), written by {@code writer}. */
  public void put(Connection c, String writer, String missionId, IndicatorFeed feed, OffsetDateTime now) throws SQLException {
    delete(c, missionId, feed.indicatorId());
    try (PreparedStatement insert = c.prepareStatement(
        "insert into evaluation_indicator_feed (indicator_id, tenant_id, mission_id, kind, source, question, option_code, updated_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, feed.indicatorId());
      insert.setString(2, writer);
      insert.setString(3, missionId);
      insert.setString(4, feed.kind().name());
      insert.setString(5, feed.source());
      insert.setString(6, feed.question());
      insert.setString(7, feed.option());
      insert.setObject(8, now);
      insert.setLong(9, feed.revision());
      insert.executeUpdate();
    }
  }

  public boolean delete(Connection c, String missionId, String indicatorId) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_indicator_feed where mission_id = ? and indicator_id = ?")) {
      delete.setString(1, missionId);
      delete.setString(2, indicatorId);
      return delete.executeUpdate() > 0;
    }
  }

  private static List<IndicatorFeed> select(Connection c, String sql, String missionId, String indicatorId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, missionId);
      if (indicatorId != null) {
        select.setString(2, indicatorId);
      }
      List<IndicatorFeed> feeds = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          feeds.add(new IndicatorFeed(r.getString(1), IndicatorFeed.Kind.valueOf(r.getString(2)), r.getString(3), r.getString(4), r.getString(5), r.getLong(6)));
        }
      }
      return feeds;
    }
  }
}

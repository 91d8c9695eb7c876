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
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Verification;

/** The values reported for a mission's indicators: one statement reads them all. */
public final class ActualStore {

  private static final String SELECT =
      "select id, indicator_id, period_start, disaggregation, actual_value, source, note, verification, verification_note, reported_by, reported_by_name,"
          + " reporting_organisation_id, reported_at, revision from evaluation_actual where mission_id = ?";

  public List<Actual> all(Connection c, String missionId) throws SQLException {
    return select(c, SELECT + " order by indicator_id, period_start, case when disaggregation is null then 0 else 1 end, disaggregation, reported_at, id", missionId, null);
  }

  public Optional<Actual> find(Connection c, String missionId, String id) throws SQLException {
    return select(c, SELECT + " and id = ?", missionId, id).stream().findFirst();
  }

  public void insert(Connection c, String writer, String missionId, Actual a) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into evaluation_actual (id, tenant_id, mission_id, indicator_id, period_start, disaggregation, actual_value, source, note, verification,"
                + " reported_by, reported_by_name, reporting_organisation_id, reported_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      insert.setString(1, a.id());
      insert.setString(2, writer);
      insert.setString(3, missionId);
      insert.setString(4, a.indicatorId());
      insert.setObject(5, a.period());
      insert.setString(6, a.disaggregation());
      insert.setBigDecimal(7, a.value());
      insert.setString(8, a.source());
      insert.setString(9, a.comment());
      insert.setString(10, a.verification().name());
      insert.setString(11, a.reportedBy());
      insert.setString(12, a.reportedByName());
      insert.setString(13, a.reportingOrganisation());
      insert.setObject(14, a.reportedAt());
      insert.executeUpdate();
    }
  }

  /** A correction: the value and its account change, and it is back to REPORTED for the leaders to check. */
  public boolean correct(Connection c, String writer, String missionId, Actual a, long expectedRevision) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update evaluation_actual set tenant_id = ?, period_start = ?, disaggregation = ?, actual_value = ?, source = ?, note = ?, verification = 'REPORTED',"
                + " verification_note = null, verified_by = null, verified_at = null, reported_by = ?, reported_by_name = ?, reported_at = ?, revision = revision + 1"
                + " where id = ? and mission_id = ? and revision = ?")) {
      update.setString(1, writer);
      update.setObject(2, a.period());
      update.setString(3, a.disaggregation());
      update.setBigDecimal(4, a.value());
      update.setString(5, a.source());
      update.setString(6, a.comment());
      update.setString(7, a.reportedBy());
      update.setString(8, a.reportedByName());
      update.setObject(9, a.reportedAt());
      update.setString(10, a.id());
      update.setString(11, missionId);
      update.setLong(12, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public boolean verify(Connection c, String writer, String missionId, String id, Verification state, String note, String verifier, OffsetDateTime now, long expectedRevision)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update evaluation_actual set tenant_id = ?, verification = ?, verification_note = ?, verified_by = ?, verified_at = ?, revision = revision + 1"
                + " where id = ? and mission_id = ? and revision = ?")) {
      update.setString(1, writer);
      update.setString(2, state.name());
      update.setString(3, note);
      update.setString(4, verifier);
      update.setObject(5, now);
      update.setString(6, id);
      update.setString(7, missionId);
      update.setLong(8, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  public boolean delete(Connection c, String missionId, String id, long expectedRevision) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_actual where id = ? and mission_id = ? and revision = ?")) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      delete.setLong(3, expectedRevision);
      return delete.executeUpdate() == 1;
    }
  }

  private static List<Actual> select(Connection c, String sql, String missionId, String id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, missionId);
      if (id != null) {
        select.setString(2, id);
      }
      List<Actual> actuals = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          actuals.add(new Actual(
              rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class), rows.getString(4), IndicatorStore.plain(rows.getBigDecimal(5)),
              rows.getString(6), rows.getString(7), Verification.valueOf(rows.getString(8)), rows.getString(9), rows.getString(10), rows.getString(11),
              rows.getString(12), rows.getObject(13, OffsetDateTime.class), rows.getLong(14)));
        }
      }
      return actuals;
    }
  }
}

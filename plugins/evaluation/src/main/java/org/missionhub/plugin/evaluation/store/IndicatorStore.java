package org.missionhub.plugin.evaluation.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;

/**
 * A mission's indicators and their targets, on the connection of the caller's transaction: two statements
 * to read them all, whatever their number. {@code writer} (the bound organisation) becomes the rows'
 * tenant_id, as row-level security requires; updates name the revision they read.
 */
public final class IndicatorStore {

  private static final String COLUMNS =
      "code, name_en, name_fr, name_da, definition_en, definition_fr, definition_da, unit, direction, calculation, periodicity, disaggregations,"
          + " data_source, collection_method, reporter_organisation_id, baseline_value, baseline_date, responsible_subject, responsible_name, year_start";

  public List<Indicator> all(Connection c, String missionId) throws SQLException {
    Map<String, List<Target>> targets = targets(c, missionId);
    try (PreparedStatement select = c.prepareStatement("select id, " + COLUMNS + ", revision from evaluation_indicator where mission_id = ? order by code, id")) {
      select.setString(1, missionId);
      List<Indicator> indicators = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          indicators.add(indicator(rows, missionId, targets.getOrDefault(rows.getString(1), List.of())));
        }
      }
      return indicators;
    }
  }

  public Optional<Indicator> find(Connection c, String missionId, String id) throws SQLException {
    return all(c, missionId).stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public void insert(Connection c, String writer, Indicator i, OffsetDateTime now) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("insert into evaluation_indicator (" + COLUMNS + ", tenant_id, updated_at, id, mission_id, created_at, revision)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bind(insert, i);
      insert.setString(21, writer);
      insert.setObject(22, now);
      insert.setString(23, i.id());
      insert.setString(24, i.missionId());
      insert.setObject(25, now);
      insert.executeUpdate();
    }
    writeTargets(c, writer, i);
  }

  public boolean update(Connection c, String writer, Indicator i, long expectedRevision, OffsetDateTime now) throws SQLException {
    String set = Arrays.stream(COLUMNS.split(",\\s*")).map(column -> column + " = ?").reduce((a, b) -> a + ", " + b).orElseThrow();
    try (PreparedStatement update =
        c.prepareStatement("update evaluation_indicator set " + set + ", tenant_id = ?, updated_at = ?, revision = revision + 1 where id = ? and mission_id = ? and revision = ?")) {
      bind(update, i);
      update.setString(21, writer);
      update.setObject(22, now);
      update.setString(23, i.id());
      update.setString(24, i.missionId());
      update.setLong(25, expectedRevision);
      if (update.executeUpdate() != 1) {
        return false;
      }
    }
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_target where indicator_id = ? and mission_id = ?")) {
      delete.setString(1, i.id());
      delete.setString(2, i.missionId());
      delete.executeUpdate();
    }
    writeTargets(c, writer, i);
    return true;
  }

  /** Deletes the indicator with its targets and reported values (the foreign keys cascade). */
  public boolean delete(Connection c, String missionId, String id, long expectedRevision) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from evaluation_indicator where id = ? and mission_id = ? and revision = ?")) {
      delete.setString(1, id);
      delete.setString(2, missionId);
      delete.setLong(3, expectedRevision);
      return delete.executeUpdate() == 1;
    }
  }

  private static void writeTargets(Connection c, String writer, Indicator i) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("insert into evaluation_target (indicator_id, period_start, tenant_id, mission_id, target_value, upper_value) values (?, ?, ?, ?, ?, ?)")) {
      for (Target target : i.targets()) {
        insert.setString(1, i.id());
        insert.setObject(2, target.period());
        insert.setString(3, writer);
        insert.setString(4, i.missionId());
        insert.setBigDecimal(5, target.value());
        insert.setBigDecimal(6, target.upper());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static Map<String, List<Target>> targets(Connection c, String missionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select indicator_id, period_start, target_value, upper_value from evaluation_target where mission_id = ? order by indicator_id, period_start")) {
      select.setString(1, missionId);
      Map<String, List<Target>> targets = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          targets.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
              .add(new Target(rows.getObject(2, LocalDate.class), plain(rows.getBigDecimal(3)), plain(rows.getBigDecimal(4))));
        }
      }
      return targets;
    }
  }

  private static Indicator indicator(ResultSet rows, String missionId, List<Target> targets) throws SQLException {
    String disaggregations = rows.getString(13);
    return new Indicator(
        rows.getString(1), missionId, rows.getString(2),
        new Texts(rows.getString(3), rows.getString(4), rows.getString(5)),
        rows.getString(6) == null ? null : new Texts(rows.getString(6), rows.getString(7), rows.getString(8)),
        rows.getString(9), Direction.valueOf(rows.getString(10)), Calculation.valueOf(rows.getString(11)), Periodicity.valueOf(rows.getString(12)),
        disaggregations.isEmpty() ? List.of() : List.of(disaggregations.split("\n")),
        rows.getString(14), rows.getString(15), rows.getString(16), rows.getString(19), rows.getString(20), plain(rows.getBigDecimal(17)), rows.getObject(18, LocalDate.class),
        targets, rows.getLong(22), rows.getInt(21));
  }

  /** The stored scale (6 decimals) without its trailing zeros: 40, not 40.000000. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void bind(PreparedStatement s, Indicator i) throws SQLException {
    s.setString(1, i.code());
    s.setString(2, i.name().en());
    s.setString(3, i.name().fr());
    s.setString(4, i.name().da());
    s.setString(5, i.definition() == null ? null : i.definition().en());
    s.setString(6, i.definition() == null ? null : i.definition().fr());
    s.setString(7, i.definition() == null ? null : i.definition().da());
    s.setString(8, i.unit());
    s.setString(9, i.direction().name());
    s.setString(10, i.calculation().name());
    s.setString(11, i.periodicity().name());
    s.setString(12, String.join("\n", i.disaggregations()));
    s.setString(13, i.dataSource());
    s.setString(14, i.method());
    s.setString(15, i.reporter());
    s.setBigDecimal(16, i.baselineValue());
    if (i.baselineDate() == null) {
      s.setNull(17, Types.DATE);
    } else {
      s.setObject(17, i.baselineDate());
    }
    s.setString(18, i.responsibleSubject());
    s.setString(19, i.responsibleName());
    s.setInt(20, i.yearStart());
  }
}

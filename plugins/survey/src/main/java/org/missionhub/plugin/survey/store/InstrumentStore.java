package org.missionhub.plugin.survey.store;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.json.InstrumentJson;
import org.missionhub.plugin.survey.version.InstrumentOwner;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * The instrument versions, through the platform's database, each under its owner (the analysts', or one
 * organisation's): every read and write names the owner. A change is written only if the row is still at
 * the revision the change started from, so two authors never overwrite each other.
 */
public final class InstrumentStore {

  private static final Type PREDECESSORS = new HashMap<String, String>() {}.getClass().getGenericSuperclass();
  private static final String COLUMNS =
      "instrument_code, version_number, status, definition, predecessors, created_at, created_by, published_at, revision";

  private final PluginDatabase database;
  private final Jsonb json = JsonbBuilder.create();

  public InstrumentStore(PluginDatabase database) {
    this.database = database;
  }

  public List<InstrumentVersion> versions(InstrumentOwner owner, String code) {
    return query("select " + COLUMNS + " from survey_instrument where owner_key = ? and instrument_code = ? order by version_number", owner.key(), code);
  }

  /** The newest version of each of the owner's instruments, by code. */
  public List<InstrumentVersion> latest(InstrumentOwner owner) {
    return query(
        "select " + COLUMNS + " from survey_instrument v where owner_key = ? and version_number = (select max(version_number) from survey_instrument w"
            + " where w.owner_key = v.owner_key and w.instrument_code = v.instrument_code) order by instrument_code",
        owner.key());
  }

  public Optional<InstrumentVersion> version(InstrumentOwner owner, String code, int number) {
    return query("select " + COLUMNS + " from survey_instrument where owner_key = ? and instrument_code = ? and version_number = ?", owner.key(), code, number)
        .stream()
        .findFirst();
  }

  /** How many instruments (not versions) the owner has. */
  public int count(InstrumentOwner owner) {
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("select count(distinct instrument_code) from survey_instrument where owner_key = ?")) {
        select.setString(1, owner.key());
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    });
  }

  /** Adds a new version; false if the owner has that code and number already. */
  public boolean add(InstrumentOwner owner, InstrumentVersion version) {
    return database.inTransaction(connection -> {
      if (exists(connection, owner, version.code(), version.number())) {
        return false;
      }
      try (PreparedStatement insert =
          connection.prepareStatement("insert into survey_instrument (owner_key, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, owner.key());
        insert.setString(2, version.code());
        insert.setInt(3, version.number());
        insert.setString(4, version.status().name());
        insert.setString(5, json.toJson(InstrumentJson.write(version.definition())));
        insert.setString(6, json.toJson(version.predecessors()));
        insert.setObject(7, version.createdAt());
        insert.setString(8, version.createdBy());
        insert.setObject(9, version.publishedAt().orElse(null));
        insert.setLong(10, version.revision());
        return insert.executeUpdate() == 1;
      }
    });
  }

  /** Writes a changed version if the stored one is still at {@code expectedRevision}; false otherwise. */
  public boolean update(InstrumentOwner owner, InstrumentVersion changed, long expectedRevision) {
    return database.inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement(
              "update survey_instrument set status = ?, definition = ?, predecessors = ?, published_at = ?, revision = ?"
                  + " where owner_key = ? and instrument_code = ? and version_number = ? and revision = ?")) {
        update.setString(1, changed.status().name());
        update.setString(2, json.toJson(InstrumentJson.write(changed.definition())));
        update.setString(3, json.toJson(changed.predecessors()));
        update.setObject(4, changed.publishedAt().orElse(null));
        update.setLong(5, changed.revision());
        update.setString(6, owner.key());
        update.setString(7, changed.code());
        update.setInt(8, changed.number());
        update.setLong(9, expectedRevision);
        return update.executeUpdate() == 1;
      }
    });
  }

  private static boolean exists(Connection connection, InstrumentOwner owner, String code, int number) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select 1 from survey_instrument where owner_key = ? and instrument_code = ? and version_number = ?")) {
      select.setString(1, owner.key());
      select.setString(2, code);
      select.setInt(3, number);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private List<InstrumentVersion> query(String sql, Object... parameters) {
    return database.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        List<InstrumentVersion> versions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            versions.add(row(rows));
          }
        }
        return versions;
      }
    });
  }

  private InstrumentVersion row(ResultSet rows) throws SQLException {
    Map<String, String> predecessors = json.fromJson(rows.getString("predecessors"), PREDECESSORS);
    return new InstrumentVersion(
        rows.getString("instrument_code"),
        rows.getInt("version_number"),
        InstrumentVersion.Status.valueOf(rows.getString("status")),
        InstrumentJson.read(json, rows.getString("definition")),
        predecessors,
        rows.getObject("created_at", OffsetDateTime.class),
        rows.getString("created_by"),
        Optional.ofNullable(rows.getObject("published_at", OffsetDateTime.class)),
        rows.getLong("revision"));
  }
}

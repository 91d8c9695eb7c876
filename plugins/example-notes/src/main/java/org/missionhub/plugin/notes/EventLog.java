package org.missionhub.plugin.notes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * What the example's listener heard, per organisation: every event the platform or a plugin published for
 * it, the platform's and the plugin's own {@code NoteAdded} alike (the plugin guide's listener example).
 */
public final class EventLog {

  private final PluginDatabase database;
  private final Clock clock;

  EventLog(PluginDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** One event heard. */
  public record Heard(String type, String missionId, OffsetDateTime heardAt) {}

  void heard(DomainEvent event) {
    database.forOrganisation(event.organisationId()).inTransaction(connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement("insert into notes_event_heard (id, tenant_id, event_type, mission_id, heard_at) values (?, ?, ?, ?, ?)")) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, event.organisationId().toString());
        insert.setString(3, event.getClass().getSimpleName());
        insert.setString(4, event instanceof MissionEvent about ? about.missionId().toString() : null);
        insert.setObject(5, OffsetDateTime.now(clock));
        return insert.executeUpdate();
      }
    });
  }

  /** The organisation's last 200 events, newest first. */
  public List<Heard> heardBy(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement("select event_type, mission_id, heard_at from notes_event_heard where tenant_id = ? order by heard_at desc, id")) {
        select.setString(1, organisation.toString());
        select.setMaxRows(200);
        List<Heard> heard = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            heard.add(new Heard(rows.getString(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class)));
          }
        }
        return heard;
      }
    });
  }

  long count(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement count = connection.prepareStatement("select count(*) from notes_event_heard where tenant_id = ?")) {
        count.setString(1, organisation.toString());
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /**
   * Forgets the events heard more than {@code keep} ago, in every organisation (the plugin's scheduled job):
   * which organisations have such events is a recorded read across organisations; each one's are deleted
   * bound to it, as any write of a plugin must be.
   */
  int forgetOlderThan(Duration keep) {
    OffsetDateTime before = OffsetDateTime.now(clock).minus(keep);
    List<String> organisations =
        database.acrossOrganisations("forget events heard more than " + keep.toDays() + " days ago").inTransaction(connection -> {
          try (PreparedStatement select = connection.prepareStatement("select distinct tenant_id from notes_event_heard where heard_at < ?")) {
            select.setObject(1, before);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(rows.getString(1));
              }
            }
            return found;
          }
        });
    int forgotten = 0;
    for (String tenant : organisations) {
      forgotten += database.forOrganisation(OrganisationId.of(tenant)).inTransaction(connection -> {
        try (PreparedStatement delete = connection.prepareStatement("delete from notes_event_heard where tenant_id = ? and heard_at < ?")) {
          delete.setString(1, tenant);
          delete.setObject(2, before);
          return delete.executeUpdate();
        }
      });
    }
    return forgotten;
  }

  void deleteOrganisation(OrganisationId organisation) {
    database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("delete from notes_event_heard where tenant_id = ?")) {
        delete.setString(1, organisation.toString());
        return delete.executeUpdate();
      }
    });
  }
}

package org.missionhub.plugin.notes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.EventPublisher;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.Notifier;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.notes.api.NoteAdded;
import org.missionhub.plugin.notes.api.NotesService;

/**
 * The notes tables, through the platform's database bound to the organisation at work (on PostgreSQL,
 * row-level security then shows it its own rows and the rows of the missions it takes part in). Every
 * statement is still limited to the scope's mission or organisation, which the platform verified: on H2
 * that condition is the only guard.
 */
public final class NotesStore implements NotesService {

  private final PluginDatabase database;
  private final Clock clock;
  private final EventPublisher events;
  private final Notifier notifier;
  private final org.missionhub.api.plugin.PluginContext context;

  NotesStore(org.missionhub.api.plugin.PluginContext context) {
    this.context = context;
    this.database = context.database();
    this.clock = context.clock();
    this.events = context.events();
    this.notifier = context.notifications();
  }

  /** The mission's newest notes, as {@code viewer} (an organisation taking part in it) sees them. */
  public List<Note> notes(OrganisationId viewer, MissionId mission, int limit) {
    return database.forOrganisation(viewer).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement(
              "select id, text, author_name, created_at from notes_note where mission_id = ? order by created_at desc, id")) {
        select.setString(1, mission.toString());
        select.setMaxRows(limit);
        List<Note> notes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            notes.add(new Note(rows.getString(1), rows.getString(2), rows.getString(3), rows.getObject(4, OffsetDateTime.class)));
          }
        }
        return notes;
      }
    });
  }

  @Override
  public int noteCount(OrganisationId viewer, MissionId mission) {
    return database.forOrganisation(viewer).inTransaction(connection -> {
      try (PreparedStatement count = connection.prepareStatement("select count(*) from notes_note where mission_id = ?")) {
        count.setString(1, mission.toString());
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    });
  }

  /** Which of the missions have at least one note: one query for them all (a list page asks for many). */
  public Set<MissionId> missionsWithNotes(OrganisationId viewer, Collection<MissionId> missions) {
    if (missions.isEmpty()) {
      return Set.of();
    }
    String placeholders = String.join(", ", java.util.Collections.nCopies(missions.size(), "?"));
    return database.forOrganisation(viewer).inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("select distinct mission_id from notes_note where mission_id in (" + placeholders + ")")) {
        int i = 1;
        for (MissionId mission : missions) {
          select.setString(i++, mission.toString());
        }
        Set<MissionId> with = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            with.add(MissionId.of(rows.getString(1)));
          }
        }
        return with;
      }
    });
  }

  /** One note of the mission, if it has one with this id. */
  public Optional<Note> note(OrganisationId viewer, MissionId mission, String id) {
    return database.forOrganisation(viewer).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement("select id, text, author_name, created_at from notes_note where mission_id = ? and id = ?")) {
        select.setString(1, mission.toString());
        select.setString(2, id);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next()
              ? Optional.of(new Note(rows.getString(1), rows.getString(2), rows.getString(3), rows.getObject(4, OffsetDateTime.class)))
              : Optional.<Note>empty();
        }
      }
    });
  }

  /** Adds a note by the scope's caller; refuses what the permission or the organisation's setting forbid. */
  public Note add(MissionScope scope, String text) {
    scope.require(NotesPlugin.WRITE);
    int max = scope.settings().integer(NotesPlugin.MAX_LENGTH);
    if (text == null || text.isBlank()) {
      throw PluginProblem.invalid("text", "must not be blank");
    }
    if (text.strip().length() > max) {
      throw PluginProblem.invalid("text", "must be at most " + max + " characters");
    }
    Note note = new Note(UUID.randomUUID().toString(), text.strip(), scope.caller().displayName(), OffsetDateTime.now(clock));
    scope.database().inTransaction(connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into notes_note (id, mission_id, tenant_id, author_subject, author_name, text, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, note.id());
        insert.setString(2, scope.missionId().toString());
        insert.setString(3, scope.organisationId().toString());
        insert.setString(4, scope.caller().subject());
        insert.setString(5, note.authorName());
        insert.setString(6, note.text());
        insert.setObject(7, note.createdAt());
        insert.executeUpdate();
      }
      // in the same transaction as the insert: the note and its audit record exist together or not at all
      scope.audit(AuditRecord.created("note", note.id(), Map.of("text", note.text())));
      return null;
    });
    // delivered to every listener once the request's transaction commits
    events.publish(new NoteAdded(scope.organisationId(), scope.missionId(), note.id(), note.createdAt()));
    tellTheLeaders(scope, note);
    return note;
  }

  /** The mission's leaders, but the author, get an in-app notice (read through the read port people()). */
  private void tellTheLeaders(MissionScope scope, Note note) {
    String text = note.text().length() > 200 ? note.text().substring(0, 199) + "…" : note.text();
    // in each leader's language (contract 1.10.0), linking to the mission
    var message = context.text("notes.notice.added", note.authorName(), scope.mission().title(), text);
    scope.people().stream()
        .filter(p -> p.role() == MissionRole.LEADER)
        .map(p -> p.person().subject())
        .filter(subject -> !subject.equals(scope.caller().subject()))
        .distinct()
        .forEach(subject -> notifier.notify(subject, "note-added", message, scope.missionId()));
  }

  public long missionsCreated(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("select missions from notes_missions_created where tenant_id = ?")) {
        select.setString(1, organisation.toString());
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? rows.getLong(1) : 0L;
        }
      }
    });
  }

  /** Counts one more mission; events arrive concurrently, so the first row may be inserted by another. */
  void countMissionCreated(OrganisationId organisation) {
    if (increment(organisation) == 1) {
      return;
    }
    try {
      database.forOrganisation(organisation).inTransaction(connection -> {
        try (PreparedStatement insert = connection.prepareStatement("insert into notes_missions_created (tenant_id, missions) values (?, 1)")) {
          insert.setString(1, organisation.toString());
          return insert.executeUpdate();
        }
      });
    } catch (RuntimeException insertedMeanwhile) {
      if (increment(organisation) != 1) {
        throw insertedMeanwhile;
      }
    }
  }

  private int increment(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("update notes_missions_created set missions = missions + 1 where tenant_id = ?")) {
        update.setString(1, organisation.toString());
        return update.executeUpdate();
      }
    });
  }

  /** How many notes the organisation's people wrote (on every mission). */
  public long notesWrittenBy(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement count = connection.prepareStatement("select count(*) from notes_note where tenant_id = ?")) {
        count.setString(1, organisation.toString());
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /** Every note the organisation's people wrote, oldest first, for the organisation's export. */
  List<List<Object>> notesOf(OrganisationId organisation) {
    return database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement(
              "select id, mission_id, author_subject, author_name, text, created_at from notes_note where tenant_id = ? order by created_at, id")) {
        select.setString(1, organisation.toString());
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            rows.add(
                Arrays.asList(
                    result.getString(1), result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                    result.getObject(6, OffsetDateTime.class)));
          }
        }
        return rows;
      }
    });
  }

  void deleteOrganisation(OrganisationId organisation) {
    database.forOrganisation(organisation).inTransaction(connection -> {
      try (PreparedStatement notes = connection.prepareStatement("delete from notes_note where tenant_id = ?");
          PreparedStatement counter = connection.prepareStatement("delete from notes_missions_created where tenant_id = ?")) {
        notes.setString(1, organisation.toString());
        counter.setString(1, organisation.toString());
        return notes.executeUpdate() + counter.executeUpdate();
      }
    });
  }
}

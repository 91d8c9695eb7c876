package org.missionhub.plugin.notes.api;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * The notes plugin's own event (contract 1.3.0): someone of {@code organisationId} added a note to a
 * mission. Ids only, as every event.
 */
public record NoteAdded(OrganisationId organisationId, MissionId missionId, String noteId, OffsetDateTime occurredAt)
    implements MissionEvent {

  public NoteAdded {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(noteId, "noteId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}

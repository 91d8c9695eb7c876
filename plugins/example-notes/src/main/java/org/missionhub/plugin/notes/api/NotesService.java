package org.missionhub.plugin.notes.api;

import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * What the notes plugin offers the plugins that require it (contract 1.3.0): its package
 * {@code org.missionhub.plugin.notes.api} is exported, so even a drop-in plugin can use this interface.
 */
public interface NotesService {

  /** How many notes the mission has, as {@code viewer}, an organisation taking part in it, sees them. */
  int noteCount(OrganisationId viewer, MissionId mission);
}

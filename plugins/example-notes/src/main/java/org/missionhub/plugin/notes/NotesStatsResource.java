package org.missionhub.plugin.notes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;

/** {@code /api/v1/orgs/{slug}/notes/...}: what the event listener counted and heard for the organisation. */
@Produces(MediaType.APPLICATION_JSON)
public class NotesStatsResource {

  private final NotesStore store;
  private final EventLog heard;
  private final OrganisationScope scope;

  NotesStatsResource(NotesStore store, EventLog heard, OrganisationScope scope) {
    this.store = store;
    this.heard = heard;
    this.scope = scope;
  }

  /** The events the listener heard for the organisation, newest first. */
  @GET
  @Path("events")
  public List<EventLog.Heard> events() {
    return heard.heardBy(scope.organisationId());
  }

  @GET
  @Path("stats")
  public Stats stats() {
    return new Stats(store.missionsCreated(scope.organisationId()));
  }

  /** Missions created in the organisation while the plugin was enabled. */
  public record Stats(long missionsCreated) {}
}

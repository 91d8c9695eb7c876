package org.missionhub.plugin.notes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginContext;

/** {@code /api/v1/orgs/{slug}/notes/...}: what the event listener counted and heard for the organisation. */
@Produces(MediaType.APPLICATION_JSON)
public class NotesStatsResource {

  private final NotesStore store;
  private final EventLog heard;
  private final PluginContext context;
  private final OrganisationScope scope;

  NotesStatsResource(NotesStore store, EventLog heard, PluginContext context, OrganisationScope scope) {
    this.store = store;
    this.heard = heard;
    this.context = context;
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
    // the setting as work outside a request reads it (contract 1.3.0), rather than from the scope
    int maxLength = context.settings(scope.organisationId()).map(s -> s.integer(NotesPlugin.MAX_LENGTH)).orElseThrow();
    return new Stats(store.missionsCreated(scope.organisationId()), maxLength);
  }

  /** Missions created in the organisation while the plugin was enabled, and its longest note allowed. */
  public record Stats(long missionsCreated, int maxLength) {}
}

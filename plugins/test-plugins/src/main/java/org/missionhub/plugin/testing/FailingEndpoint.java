package org.missionhub.plugin.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginDescriptor;

/**
 * A plugin whose one endpoint fails unexpectedly ({@code GET .../missions/{id}/failing-endpoint/run}), for the
 * tests of what an operator gets from a failure: a 500 naming the request, and a log line carrying its id.
 */
public class FailingEndpoint extends TestPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return descriptor("failing-endpoint")
        .description(LocalizedText.of("en", "An endpoint that fails unexpectedly (for MissionHub's integration tests)"))
        .build();
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new RunResource());
  }

  @Produces(MediaType.APPLICATION_JSON)
  public static class RunResource {

    @GET
    @Path("run")
    public String run() {
      throw new IllegalStateException("failing on purpose");
    }
  }
}

package org.missionhub.plugin.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginDescriptor;

/**
 * A plugin whose one endpoint runs a statement that would take minutes ({@code GET .../missions/{id}/slow-query/run}),
 * for the test of the data source's statement timeout: the database stops it, the caller is answered 503.
 */
public class SlowQuery extends TestPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return descriptor("slow-query")
        .description(LocalizedText.of("en", "Runs a statement that takes minutes (for MissionHub's integration tests)"))
        .build();
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new RunResource(scope));
  }

  @Produces(MediaType.APPLICATION_JSON)
  public static class RunResource {
    private final MissionScope scope;

    RunResource(MissionScope scope) {
      this.scope = scope;
    }

    /** What the statement found, had it ended. */
    public record Result(long value) {}

    @GET
    @Expensive
    @Path("run")
    public Result run() {
      return scope.database().inTransaction(connection -> {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        // minutes of work on either database: PostgreSQL sleeps, H2 adds up five billion numbers
        String minutes = postgres ? "select 1 from pg_sleep(300)" : "select sum(\"X\") from system_range(1, 5000000000)";
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(minutes)) {
          rows.next();
          return new Result(rows.getLong(1));
        }
      });
    }
  }
}

package org.missionhub.plugin.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.PluginSettings;

/** Event listeners that fail on purpose: the platform must retry them and keep everyone else working. */
public final class Listeners {

  private Listeners() {}

  /**
   * Throws the first two times each event reaches it, takes it the third time and writes down the event's
   * type with that try; {@code GET /orgs/{slug}/flaky-listener/heard} lists them.
   */
  public static class Flaky extends TestPlugin {

    private final Map<DomainEvent, Integer> tries = new ConcurrentHashMap<>();
    private volatile PluginDatabase database;

    @Override
    public PluginDescriptor descriptor() {
      return descriptor("flaky-listener").description(LocalizedText.of("en", "Fails twice on every event, then takes it (for MissionHub's integration tests)")).build();
    }

    @Override
    public void start(PluginContext context) {
      database = context.database();
    }

    @Override
    public Optional<String> migrations() {
      return Optional.of("db/migration/flaky-listener");
    }

    @Override
    public void onEvent(DomainEvent event, PluginSettings settings) {
      int tried = tries.merge(event, 1, Integer::sum);
      if (tried < 3) {
        throw new IllegalStateException("failing on purpose, try " + tried);
      }
      tries.remove(event);
      database.forOrganisation(event.organisationId()).inTransaction(connection -> {
        try (PreparedStatement insert = connection.prepareStatement("insert into flaky_listener_heard (id, tenant_id, event_type, tries) values (?, ?, ?, ?)")) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, event.organisationId().toString());
          insert.setString(3, event.getClass().getSimpleName());
          insert.setInt(4, tried);
          return insert.executeUpdate();
        }
      });
    }

    @Override
    public Optional<Object> organisationResource(OrganisationScope scope) {
      return Optional.of(new HeardResource(database, scope));
    }
  }

  /** Throws on every event it is given, and when asked for its health check's answers. */
  public static class Broken extends TestPlugin {
    @Override
    public List<HealthCheckDefinition> healthChecks() {
      return List.of(new HealthCheckDefinition("broken-listener.never", LocalizedText.of("en", "Never answered"), LocalizedText.of("en", "Fails on purpose")));
    }

    @Override
    public Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
      throw new IllegalStateException("broken on purpose");
    }

    @Override
    public PluginDescriptor descriptor() {
      return descriptor("broken-listener").description(LocalizedText.of("en", "Fails on every event (for MissionHub's integration tests)")).build();
    }

    @Override
    public void onEvent(DomainEvent event, PluginSettings settings) {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** What the flaky listener took for the organisation. */
  @Produces(MediaType.APPLICATION_JSON)
  public static class HeardResource {
    private final PluginDatabase database;
    private final OrganisationScope scope;

    HeardResource(PluginDatabase database, OrganisationScope scope) {
      this.database = database;
      this.scope = scope;
    }

    /** One event taken, and on which try. */
    public record Heard(String type, int tries) {}

    @GET
    @Path("heard")
    public List<Heard> heard() {
      return scope.database().inTransaction(connection -> {
        try (PreparedStatement select = connection.prepareStatement("select event_type, tries from flaky_listener_heard where tenant_id = ?")) {
          select.setString(1, scope.organisationId().toString());
          List<Heard> heard = new ArrayList<>();
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              heard.add(new Heard(rows.getString(1), rows.getInt(2)));
            }
          }
          return heard;
        }
      });
    }
  }
}

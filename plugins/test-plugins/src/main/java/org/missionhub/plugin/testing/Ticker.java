package org.missionhub.plugin.testing;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDescriptor;

/**
 * Scheduled jobs (contract 1.3.0), for the integration tests: {@code tick} writes a row every second,
 * {@code fail} throws every second; the platform records each run in {@code plugin_job_run}.
 */
public class Ticker extends TestPlugin {

  @Override
  public PluginDescriptor descriptor() {
    return descriptor("ticker").description(LocalizedText.of("en", "Ticks every second, and fails every second (for MissionHub's integration tests)")).build();
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/ticker");
  }

  @Override
  public void start(PluginContext context) {
    PluginDatabase database = context.database();
    context.scheduler().every("tick", Duration.ofSeconds(1), () -> database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("insert into ticker_tick (id, ticked_at) values (?, ?)")) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setObject(2, OffsetDateTime.now(context.clock()));
        return insert.executeUpdate();
      }
    }));
    context.scheduler().every("fail", Duration.ofSeconds(1), () -> {
      throw new IllegalStateException("failing on purpose");
    });
  }
}

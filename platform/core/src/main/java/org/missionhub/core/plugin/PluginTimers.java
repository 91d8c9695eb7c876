package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.missionhub.api.plugin.PluginTimings;

/**
 * The plugins' operation timers (contract 1.13.0) in the application's metrics: one timer named
 * {@code missionhub.plugin.operation} tagged with the plugin and the operation, which Prometheus reads as
 * {@code missionhub_plugin_operation_seconds}.
 */
@ApplicationScoped
public class PluginTimers {

  private static final Metadata TIMER =
      Metadata.builder()
          .withName("missionhub.plugin.operation")
          .withDescription("Time a plugin's own operation took (a survey report computed, a job run)")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Inject MetricRegistry metrics;

  /** The timings of one plugin. */
  PluginTimings of(String pluginId) {
    return new PluginTimings() {
      @Override
      public <T> T time(String operation, Supplier<T> work) {
        Timer timer = metrics.timer(TIMER, new Tag("plugin", pluginId), new Tag("operation", PluginTimings.checkOperation(operation)));
        try (Timer.Context running = timer.time()) {
          return work.get();
        }
      }
    };
  }
}

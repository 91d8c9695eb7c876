package org.missionhub.core.plugin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The plugins' states as gauges of the application's metrics ({@code /metrics}): how many plugins are active,
 * refused and failed, so that an operator's alert sees a plugin that failed at start-up on one server of a
 * cluster. Read at each scrape, so a plugin failing later shows too.
 */
@ApplicationScoped
public class PluginMetrics {

  @Inject MetricRegistry metrics;
  @Inject PluginRuntime runtime;

  void register(@Observes @Priority(Integer.MAX_VALUE) Startup startup) {
    Metadata plugins =
        Metadata.builder()
            .withName("missionhub.plugins")
            .withDescription("Plugins found at start-up, by state (active, refused, failed)")
            .build();
    for (PluginState state : PluginState.values()) {
      metrics.gauge(plugins, runtime, r -> count(r, state), new Tag("state", state.name().toLowerCase(Locale.ROOT)));
    }
  }

  private static long count(PluginRuntime runtime, PluginState state) {
    return runtime.all().stream().filter(p -> p.state() == state).count();
  }
}

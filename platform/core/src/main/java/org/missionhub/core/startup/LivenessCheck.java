package org.missionhub.core.startup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to work with. Deliberately does not check the database: a database outage
 * makes the server unready, and restarting it would not help.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    long max = runtime.maxMemory();
    return HealthCheckResponse.named("memory")
        .withData("usedMiB", used / (1024 * 1024))
        .withData("maxMiB", max / (1024 * 1024))
        .status(used < max * 0.95)
        .build();
  }
}

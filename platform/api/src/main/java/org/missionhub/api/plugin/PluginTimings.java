package org.missionhub.api.plugin;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How long a plugin's own operations take, as the application's metrics (contract 1.13.0): a timer per
 * operation at {@code /metrics}, {@code missionhub_plugin_operation_seconds{plugin="survey",operation="report"}}
 * (count, sum, max), for work a request's own timing hides (a report computed for a page of the web application,
 * a job). From {@link PluginContext#timings()}. Name operations, never tenants: no organisation, mission or person
 * belongs in a name.
 */
public interface PluginTimings {

  /** An operation's name: lower-case letters, digits and underscores, starting with a letter, at most 40. */
  Pattern OPERATION = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** Runs {@code work} and records how long it took under {@code operation}, whether it returns or throws. */
  <T> T time(String operation, Supplier<T> work);

  /** Times nothing (for a plugin's own tests, or code run outside the platform). */
  static PluginTimings untimed() {
    return new PluginTimings() {
      @Override
      public <T> T time(String operation, Supplier<T> work) {
        checkOperation(operation);
        return work.get();
      }
    };
  }

  /** Refuses a name that is not an operation's ({@link #OPERATION}). */
  static String checkOperation(String operation) {
    if (!OPERATION.matcher(Objects.requireNonNull(operation, "operation")).matches()) {
      throw new IllegalArgumentException("an operation is named with lower-case letters, digits and underscores (at most 40): " + operation);
    }
    return operation;
  }
}

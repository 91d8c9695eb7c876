package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A service a plugin offers the plugins that require it (contract 1.3.0): an interface of one of its
 * exported packages and the implementation. See {@link MissionHubPlugin#services()} and
 * {@link PluginContext#service(Class)}.
 */
public record ServiceExport<T>(Class<T> type, T implementation) {

  public ServiceExport {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(implementation, "implementation");
    if (!type.isInterface()) {
      throw new IllegalArgumentException("a service is exported as an interface, not " + type.getName());
    }
    if (!type.isInstance(implementation)) {
      throw new IllegalArgumentException("the implementation is not a " + type.getName());
    }
  }

  public static <T> ServiceExport<T> of(Class<T> type, T implementation) {
    return new ServiceExport<>(type, implementation);
  }
}

package org.missionhub.core.plugin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.ServiceExport;

/**
 * Reads the services a plugin exports, once, right after it started, and checks them: each an interface of
 * one of the plugin's exported packages (so that the plugins requiring it can load the type), none twice.
 */
final class ServiceCheck {

  private ServiceCheck() {}

  static Map<Class<?>, Object> read(LoadedPlugin loaded) throws InvalidService {
    List<ServiceExport<?>> exports;
    try {
      exports = loaded.plugin().orElseThrow().services();
    } catch (RuntimeException | LinkageError e) {
      throw new InvalidService("services() failed: " + PluginLoader.rootMessage(e));
    }
    if (exports == null) {
      return Map.of();
    }
    List<String> packages = loaded.descriptor().orElseThrow().exports();
    Map<Class<?>, Object> services = new HashMap<>();
    for (ServiceExport<?> export : exports) {
      if (export == null) {
        throw new InvalidService("services() lists null");
      }
      if (!packages.contains(export.type().getPackageName())) {
        throw new InvalidService("the service " + export.type().getName() + " is not in a package the plugin exports " + packages);
      }
      if (services.put(export.type(), export.implementation()) != null) {
        throw new InvalidService("the service " + export.type().getName() + " is exported twice");
      }
    }
    return Map.copyOf(services);
  }

  /** A service the plugin cannot export. */
  static final class InvalidService extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidService(String message) {
      super(message);
    }
  }
}

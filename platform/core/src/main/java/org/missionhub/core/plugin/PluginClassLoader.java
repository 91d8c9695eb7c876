package org.missionhub.core.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A drop-in plugin's class loader: the plugin's jar over {@link PluginApiLoader} (the contract only), plus
 * the exported API packages of the plugins it requires (contract 1.3.0), loaded by their own loaders so
 * that a service interface or an event type is one class for provider and user alike. Imports are wired
 * once the plugins are resolved, before the plugin's contributions are read or it starts; a class of
 * another plugin is therefore usable from {@code start} on, not in the constructor or the descriptor.
 */
final class PluginClassLoader extends URLClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final Map<String, ClassLoader> imports = new ConcurrentHashMap<>();

  PluginClassLoader(String name, URL jar, ClassLoader api) {
    super(name, new URL[] {jar}, api);
  }

  /** Makes the classes of {@code packageName} (not its sub-packages) come from {@code exporter}. */
  void importPackage(String packageName, ClassLoader exporter) {
    if (exporter != this) {
      imports.put(packageName, exporter);
    }
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    int dot = name.lastIndexOf('.');
    ClassLoader exporter = dot < 0 ? null : imports.get(name.substring(0, dot));
    if (exporter != null) {
      return exporter.loadClass(name);
    }
    return super.loadClass(name, resolve);
  }
}

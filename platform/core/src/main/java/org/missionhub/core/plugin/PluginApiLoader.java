package org.missionhub.core.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every drop-in plugin's class loader: it shows a plugin the Java platform and the
 * contracts it may compile against (the plugin API, Jakarta EE, MicroProfile, Vaadin), and nothing else of
 * the application. So a drop-in plugin cannot reach into the core's classes, its persistence provider or
 * its migrations at run time (the build rule keeps plugins in this repository honest; this keeps the
 * others so), and resources such as Flyway migration folders are looked up in the plugin's own jar only.
 */
final class PluginApiLoader extends ClassLoader {

  static final List<String> SHARED_PACKAGES = List.of("org.missionhub.api.", "jakarta.", "org.eclipse.microprofile.", "com.vaadin.");

  private final ClassLoader application;

  PluginApiLoader(ClassLoader application) {
    super("missionhub-plugin-api", ClassLoader.getPlatformClassLoader());
    this.application = application;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (SHARED_PACKAGES.stream().anyMatch(name::startsWith)) {
      return application.loadClass(name);
    }
    // the parent: the Java platform's classes
    return super.loadClass(name, resolve);
  }

  @Override
  public URL getResource(String name) {
    return getParent().getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return getParent().getResources(name);
  }
}

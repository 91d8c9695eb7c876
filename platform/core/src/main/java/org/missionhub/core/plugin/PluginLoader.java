package org.missionhub.core.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PluginDescriptor;

/**
 * Finds plugins: those packaged with the application, then one class loader per jar in the drop-in
 * directory (read at start-up, so a jar copied there is loaded at the next start), which sees only the
 * plugin API and the contracts around it ({@link PluginApiLoader}), not the rest of the application. A provider that cannot
 * be created, or whose descriptor throws, becomes a broken candidate rather than an error.
 */
final class PluginLoader implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());

  private static final String HIDDEN_CLASS_HINT = " (a drop-in plugin sees only the plugin API, Jakarta EE, MicroProfile and Vaadin)";

  private final List<URLClassLoader> dropInLoaders = new ArrayList<>();

  List<Candidate> discover(ClassLoader application, Path dropInDirectory) {
    List<Candidate> found = new ArrayList<>(fromLoader(application, "the application", application));
    PluginApiLoader api = new PluginApiLoader(application);
    for (Path jar : jars(dropInDirectory)) {
      try {
        PluginClassLoader loader = new PluginClassLoader("plugin:" + jar.getFileName(), jar.toUri().toURL(), api);
        dropInLoaders.add(loader);
        found.addAll(fromLoader(loader, jar.toString(), application));
      } catch (MalformedURLException e) {
        found.add(Candidate.broken(jar.getFileName().toString(), jar.toString(), "cannot be read: " + e.getMessage()));
      }
    }
    return found;
  }

  /** Providers whose class the loader itself defines. */
  private static List<Candidate> fromLoader(ClassLoader loader, String source, ClassLoader application) {
    List<Candidate> found = new ArrayList<>();
    var providers = ServiceLoader.load(MissionHubPlugin.class, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<MissionHubPlugin> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        found.add(Candidate.broken("unknown provider", source, "cannot be loaded: " + e.getMessage()));
        continue;
      }
      boolean own = loader == application || provider.type().getClassLoader() == loader;
      if (own) {
        found.add(create(provider, source, loader));
      }
    }
    return found;
  }

  private static Candidate create(ServiceLoader.Provider<MissionHubPlugin> provider, String source, ClassLoader loader) {
    String type = provider.type().getName();
    MissionHubPlugin plugin;
    try {
      plugin = provider.get();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      String hint = loader instanceof URLClassLoader && rootMessage(e).startsWith("ClassNotFoundException") ? HIDDEN_CLASS_HINT : "";
      return Candidate.broken(type, source, "could not be created: " + rootMessage(e) + hint);
    }
    try {
      PluginDescriptor descriptor = plugin.descriptor();
      if (descriptor == null) {
        return Candidate.broken(type, source, "has no descriptor");
      }
      return Candidate.of(plugin, descriptor, source, loader);
    } catch (RuntimeException | LinkageError e) {
      return Candidate.broken(type, source, "its descriptor failed: " + rootMessage(e));
    }
  }

  private static List<Path> jars(Path directory) {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      LOG.warning(() -> "Cannot list the plugin directory " + directory + ": " + e.getMessage());
      return List.of();
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  @Override
  public void close() {
    for (URLClassLoader loader : dropInLoaders) {
      try {
        loader.close();
      } catch (IOException e) {
        LOG.fine(() -> "Closing " + loader.getName() + ": " + e.getMessage());
      }
    }
  }
}

package org.missionhub.core.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.core.startup.DatabaseMigrations;
import org.missionhub.core.startup.DatabaseOwner;

/**
 * The plugins of this platform, resolved at start-up: found ({@link PluginLoader}), judged from their
 * descriptors ({@link PluginResolver}), then — in dependency order — contributions checked, migrations run
 * and started within a time limit. Whatever goes wrong with one plugin fails that plugin and what requires
 * it, with a message in the log and in the platform's plugin list; never the platform.
 */
@ApplicationScoped
public class PluginRuntime {

  private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());

  /** Path segments of the platform's own API at the levels where plugins are mounted. */
  static final java.util.Set<String> RESERVED_IDS =
      java.util.Set.of(
          "audit", "comments", "decisions", "governance-bodies", "health", "identity", "invitations", "mail", "me", "members", "webhooks",
          "missions", "onboarding-requests", "organisations", "partner-invitations", "partners", "platform", "plugins",
          "restore", "risks", "roles");

  @Resource(lookup = "jdbc/missionhub")
  DataSource dataSource;


  @Inject DatabaseOwner owner;
  @Inject PluginTransactions transactions;
  @Inject PluginEvents events;
  @Inject PluginJobs jobs;
  @Inject PluginNotices notices;
  @Inject PluginEnablements enablements;
  @Inject PluginMissionReads people;
  @Inject PluginRiskProposals risks;
  @Inject PluginTimers timers;

  @Inject
  @ConfigProperty(name = "missionhub.plugins.dir")
  Optional<String> dropInDirectory;

  /** The server's data directory (MISSIONHUB_DATA_DIR), whose plugins folder is the default drop-in directory. */
  @Inject
  @ConfigProperty(name = "missionhub.data.dir")
  Optional<String> dataDirectory;

  @Inject
  @ConfigProperty(name = "missionhub.plugins.start-timeout-seconds", defaultValue = "10")
  int startTimeoutSeconds;

  private final List<LoadedPlugin> plugins = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final PluginLoader loader = new PluginLoader();
  private volatile String databaseProduct = "h2";
  private volatile boolean started;
  private List<LoadedPlugin> resolved;

  /** MISSIONHUB_PLUGINS_DIR, else the plugins folder of the data directory (~/.missionhub/plugins). */
  private Path dropInDirectory() {
    return dropInDirectory
        .filter(d -> !d.isBlank())
        .map(Path::of)
        .orElseGet(
            () -> dataDirectory.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".missionhub")).resolve("plugins"));
  }

  /** The plugins found and judged by their descriptors, once: what start-up activates in this order. */
  private synchronized List<LoadedPlugin> resolved() {
    if (resolved == null) {
      List<Candidate> candidates = loader.discover(getClass().getClassLoader(), dropInDirectory());
      resolved =
          PluginResolver.resolve(candidates, PluginApi.current(), RESERVED_IDS).stream()
              .map(verdict -> new LoadedPlugin(verdict.candidate(), verdict.state(), verdict.reason()))
              .toList();
    }
    return resolved;
  }

  void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 50) Startup startup) {
    databaseProduct = product();
    for (LoadedPlugin plugin : resolved()) {
      plugins.add(plugin);
      if (plugin.isActive()) {
        activate(plugin);
      } else {
        LOG.warning(() -> "Plugin " + plugin.id() + " (" + plugin.source() + ") refused: " + plugin.problem().orElse(""));
      }
    }
    started = true;
    LOG.info(
        () ->
            "Plugins: " + active().size() + " active " + active().stream().map(LoadedPlugin::id).toList() + ", "
                + (plugins.size() - active().size()) + " refused or failed; drop-in directory " + dropInDirectory());
  }

  private void activate(LoadedPlugin plugin) {
    for (PluginDependency dependency : plugin.descriptor().orElseThrow().requires()) {
      if (find(dependency.pluginId()).filter(LoadedPlugin::isActive).isEmpty()) {
        fail(plugin, "requires " + dependency.pluginId() + ", which failed");
        return;
      }
    }
    wireImports(plugin);
    try {
      plugin.contributions(ContributionCheck.read(plugin));
    } catch (ContributionCheck.InvalidContribution e) {
      fail(plugin, "invalid contribution: " + e.getMessage());
      return;
    } catch (RuntimeException | LinkageError e) {
      fail(plugin, "its contributions could not be read: " + PluginLoader.rootMessage(e));
      return;
    }
    Optional<String> migrations = plugin.contributions().migrations();
    if (migrations.isPresent()) {
      try {
        PluginMigrations.migrate(owner.dataSource(), plugin, migrations.get());
        owner.secureSchema(plugin.plugin().orElseThrow().missionSharedTables());
      } catch (RuntimeException e) {
        fail(plugin, "its database migrations failed: " + PluginLoader.rootMessage(e));
        return;
      }
    }
    // A plain thread of its own: Liberty runs neither managed-executor tasks nor managed threads while the
    // application is starting. A plugin that hangs is abandoned (interrupted) after the time limit.
    CompletableFuture<Void> started = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                plugin.plugin().orElseThrow().start(context(plugin));
                started.complete(null);
              } catch (Throwable e) {
                started.completeExceptionally(e);
              }
            });
    starter.setName("missionhub-plugin-start-" + plugin.id());
    starter.setDaemon(true);
    starter.start();
    try {
      started.get(startTimeoutSeconds, TimeUnit.SECONDS);
      plugin.services(ServiceCheck.read(plugin));
      LOG.info(() -> "Plugin " + plugin.id() + " " + plugin.descriptor().orElseThrow().version() + " started (" + plugin.source() + ")");
    } catch (ServiceCheck.InvalidService e) {
      fail(plugin, "invalid service: " + e.getMessage());
    } catch (TimeoutException e) {
      starter.interrupt();
      fail(plugin, "did not start within " + startTimeoutSeconds + " seconds");
    } catch (ExecutionException e) {
      fail(plugin, "failed to start: " + PluginLoader.rootMessage(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(plugin, "start-up was interrupted");
    }
  }

  /**
   * A drop-in sees the exported packages of the plugins it requires (which started before it), and of those
   * it uses that are active in the range.
   */
  private void wireImports(LoadedPlugin plugin) {
    if (!(plugin.loader() instanceof PluginClassLoader own)) {
      return;
    }
    for (PluginDependency dependency : plugin.descriptor().orElseThrow().requires()) {
      find(dependency.pluginId())
          .ifPresent(required -> required.descriptor().orElseThrow().exports().forEach(exported -> own.importPackage(exported, required.loader())));
    }
    for (PluginDependency dependency : plugin.descriptor().orElseThrow().uses()) {
      find(dependency.pluginId())
          .filter(used -> used.isActive() && dependency.versions().contains(used.descriptor().orElseThrow().version()))
          .ifPresent(used -> used.descriptor().orElseThrow().exports().forEach(exported -> own.importPackage(exported, used.loader())));
    }
  }

  private void fail(LoadedPlugin plugin, String reason) {
    plugin.fail(reason);
    LOG.severe(() -> "Plugin " + plugin.id() + " (" + plugin.source() + ") failed: " + reason);
  }

  private PluginContext context(LoadedPlugin plugin) {
    PluginDatabase database = BoundDatabase.unbound(plugin, transactions, databaseProduct);
    plugin.database(database);
    return new RuntimeContext(plugin, database, new RuntimeContext.RuntimeServices(events, jobs, notices, enablements, people, risks, timers), this::activePlugin);
  }

  private String product() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      return "h2";
    }
  }

  @PreDestroy
  void stop() {
    List<LoadedPlugin> reverse = new ArrayList<>(active());
    java.util.Collections.reverse(reverse);
    for (LoadedPlugin plugin : reverse) {
      try {
        plugin.plugin().orElseThrow().stop();
      } catch (RuntimeException | LinkageError e) {
        LOG.warning(() -> "Plugin " + plugin.id() + " failed to stop: " + PluginLoader.rootMessage(e));
      }
    }
    loader.close();
  }

  /** Every plugin found, active or not, in resolution order. */
  public List<LoadedPlugin> all() {
    return List.copyOf(plugins);
  }

  public List<LoadedPlugin> active() {
    return plugins.stream().filter(LoadedPlugin::isActive).toList();
  }

  public Optional<LoadedPlugin> find(String id) {
    return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The active plugin with this id. */
  public Optional<LoadedPlugin> activePlugin(String id) {
    return find(id).filter(LoadedPlugin::isActive);
  }

  /**
   * The plugins whose endpoints the API's OpenAPI document describes: the active ones; while the platform
   * is still starting (the OpenAPI runtime builds the document then), those its descriptors accepted.
   */
  public List<LoadedPlugin> described() {
    return started ? active() : resolved().stream().filter(LoadedPlugin::isActive).toList();
  }

  public boolean isStarted() {
    return started;
  }
}

package org.missionhub.core.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.api.plugin.UiContribution;

/**
 * A plugin the platform found, with its state, the reason if it is not active, and — once active — the
 * contributions it declared, read once and checked (so a plugin is asked for them only at start-up).
 */
public final class LoadedPlugin {

  private final Candidate candidate;
  private volatile PluginState state;
  private volatile String problem;
  private volatile Contributions contributions = Contributions.NONE;
  private volatile Map<Class<?>, Object> services = Map.of();
  private volatile PluginDatabase database;

  LoadedPlugin(Candidate candidate, PluginState state, String problem) {
    this.candidate = candidate;
    this.state = state;
    this.problem = problem;
  }

  /** What an active plugin contributes, as checked at start-up. */
  record Contributions(
      List<SettingDefinition> settings,
      List<PermissionDefinition> permissions,
      List<UiContribution> ui,
      Optional<String> migrations,
      List<Class<? extends DomainEvent>> events,
      List<HealthCheckDefinition> healthChecks,
      List<FeedDefinition> feeds,
      Optional<PluginMessages> messages) {
    static final Contributions NONE = new Contributions(List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
  }

  public String id() {
    return candidate.id();
  }

  public Optional<PluginDescriptor> descriptor() {
    return candidate.descriptor();
  }

  /** The plugin itself; present for every plugin that was read, active or not. */
  public Optional<MissionHubPlugin> plugin() {
    return candidate.plugin();
  }

  /** The plugin's database, bound to no organisation; the scopes bind it to theirs. */
  public PluginDatabase database() {
    if (database == null) {
      throw new IllegalStateException("plugin " + id() + " has no database before it starts");
    }
    return database;
  }

  void database(PluginDatabase database) {
    this.database = database;
  }

  public String source() {
    return candidate.source();
  }

  ClassLoader loader() {
    return candidate.loader();
  }

  public PluginState state() {
    return state;
  }

  public boolean isActive() {
    return state == PluginState.ACTIVE;
  }

  /** Why the plugin is refused or failed; empty when active. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  public List<SettingDefinition> settings() {
    return contributions.settings();
  }

  public List<PermissionDefinition> permissions() {
    return contributions.permissions();
  }

  public List<UiContribution> ui() {
    return contributions.ui();
  }

  /** Loads one of the plugin's classes (its UI views), with the plugin's own class loader. */
  public Class<?> loadClass(String name) throws ClassNotFoundException {
    return Class.forName(name, false, candidate.loader());
  }

  /** The plugin's questions of the mission health check (contract 1.3.0). */
  public List<HealthCheckDefinition> healthChecks() {
    return contributions.healthChecks();
  }

  /** The feeds the plugin publishes behind secret addresses (contract 1.4.0). */
  public List<FeedDefinition> feeds() {
    return contributions.feeds();
  }

  /** The feed of that id, if the plugin publishes one. */
  public Optional<FeedDefinition> feed(String feedId) {
    return contributions.feeds().stream().filter(f -> f.id().equals(feedId)).findFirst();
  }

  /** The plugin's resource bundle (contract 1.3.0), if it has one. */
  public Optional<PluginMessages> messages() {
    return contributions.messages();
  }

  /** The types of the plugin's own events (contract 1.3.0). */
  public List<Class<? extends DomainEvent>> events() {
    return contributions.events();
  }

  /** The implementation of a service the plugin exports (contract 1.3.0), if it exports this type. */
  public <T> Optional<T> service(Class<T> type) {
    return Optional.ofNullable(services.get(type)).map(type::cast);
  }

  void services(Map<Class<?>, Object> value) {
    this.services = value;
  }

  void contributions(Contributions value) {
    this.contributions = value;
  }

  Contributions contributions() {
    return contributions;
  }

  void fail(String reason) {
    this.state = PluginState.FAILED;
    this.problem = reason;
  }
}

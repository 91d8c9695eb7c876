package org.missionhub.core.plugin.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.plugin.SettingsValidator;
import org.missionhub.core.plugin.domain.PluginEnablement;
import org.missionhub.core.plugin.persistence.PluginEnablementRepository;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;

/**
 * The plugins of the current organisation: every member sees which are enabled; an organisation
 * administrator enables, configures and disables them. A plugin is enabled only with the plugins it
 * requires, and disabled only when nothing enabled requires it.
 */
@ApplicationService
public class OrganisationPluginService {

  @Inject RequestContext request;
  @Inject PluginRuntime runtime;
  @Inject PluginEnablementRepository enablements;
  @Inject TimeSource time;
  @Inject Event<PluginChoiceChanged> changes;

  public List<PluginChoice> list() {
    request.requireOrganisation();
    Map<String, PluginEnablement> choices = choices();
    return runtime.active().stream().map(p -> choice(p, Optional.ofNullable(choices.get(p.id())))).toList();
  }

  /** The active plugins the organisation has enabled (what its pages and mission tabs show). */
  public List<LoadedPlugin> enabled() {
    request.requireOrganisation();
    Set<String> enabled = enabledIds();
    return runtime.active().stream().filter(p -> enabled.contains(p.id())).toList();
  }

  public PluginChoice get(String pluginId) {
    request.requireOrganisation();
    return choice(plugin(pluginId));
  }

  /** Applies the change; read the result with {@link #get} (the new version exists once this commits). */
  public void change(String pluginId, long expectedVersion, @NotNull @Valid PluginChange change) {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can enable or configure plugins");
    }
    LoadedPlugin plugin = plugin(pluginId);
    Optional<PluginEnablement> current = enablements.find(pluginId);
    long version = current.map(PluginEnablement::version).orElse(0L);
    if (version != expectedVersion) {
      throw ApplicationException.staleVersion("This plugin's settings");
    }
    Map<String, String> entered = change.settingsOr(current.map(PluginEnablement::settings).orElse(Map.of()));
    boolean enable = change.enabled();
    // switching off with the settings kept needs no valid settings (the plugin may have changed its own
    // definitions since they were entered); anything else does
    boolean keepingSettingsOff = !enable && change.settings() == null;
    PluginSettings settings =
        keepingSettingsOff ? PluginEnablements.effective(plugin, entered) : SettingsValidator.validate(plugin.settings(), entered);
    if (enable) {
      requireRequirementsEnabled(plugin);
    } else {
      requireNothingEnabledNeeds(plugin);
    }
    PluginEnablement enablement =
        current.orElseGet(
            () -> {
              PluginEnablement created = new PluginEnablement(pluginId, request.caller().subject(), time.now());
              enablements.add(created);
              return created;
            });
    enablement.change(enable, entered, request.caller().subject(), time.now());
    changes.fire(new PluginChoiceChanged(organisation.id(), pluginId, enable, settings));
  }

  private void requireRequirementsEnabled(LoadedPlugin plugin) {
    Set<String> enabled = enabledIds();
    for (PluginDependency dependency : plugin.descriptor().orElseThrow().requires()) {
      if (!enabled.contains(dependency.pluginId())) {
        throw ApplicationException.conflict(plugin.id() + " requires " + dependency.pluginId() + "; enable " + dependency.pluginId() + " first");
      }
    }
  }

  private void requireNothingEnabledNeeds(LoadedPlugin plugin) {
    Set<String> enabled = enabledIds();
    for (LoadedPlugin other : runtime.active()) {
      boolean needs = other.descriptor().orElseThrow().requires().stream().anyMatch(d -> d.pluginId().equals(plugin.id()));
      if (needs && enabled.contains(other.id())) {
        throw ApplicationException.conflict(other.id() + " requires " + plugin.id() + "; disable " + other.id() + " first");
      }
    }
  }

  private LoadedPlugin plugin(String pluginId) {
    return runtime.activePlugin(pluginId).orElseThrow(() -> ApplicationException.notFound("Plugin"));
  }

  /** The organisation's choices, read in one query, by plugin id. */
  private Map<String, PluginEnablement> choices() {
    return enablements.all().stream().collect(Collectors.toMap(PluginEnablement::pluginId, e -> e));
  }

  private Set<String> enabledIds() {
    return enablements.all().stream().filter(PluginEnablement::isEnabled).map(PluginEnablement::pluginId).collect(Collectors.toSet());
  }

  private PluginChoice choice(LoadedPlugin plugin) {
    return choice(plugin, enablements.find(plugin.id()));
  }

  private PluginChoice choice(LoadedPlugin plugin, Optional<PluginEnablement> enablement) {
    Map<String, String> entered = enablement.map(PluginEnablement::settings).orElse(Map.of());
    return new PluginChoice(
        plugin,
        enablement.map(PluginEnablement::isEnabled).orElse(false),
        PluginEnablements.effective(plugin, entered),
        entered,
        enablement.map(PluginEnablement::version).orElse(0L));
  }
}

package org.missionhub.core.plugin.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.PluginAuditLog;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginChoiceChanged;
import org.missionhub.core.plugin.PluginEnablements;
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
  @Inject PluginAuditLog auditLog;

  private static final Logger LOG = Logger.getLogger(OrganisationPluginService.class.getName());

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
    OrganisationContext organisation = requireAdmin("enable or configure plugins");
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

  /** What the plugin holds for the organisation, by kind (organisation administrators, contract 1.3.0). */
  public List<DataHolding> data(String pluginId) {
    OrganisationContext organisation = requireAdmin("see what a plugin holds for the organisation");
    LoadedPlugin plugin = plugin(pluginId);
    try {
      return List.copyOf(plugin.plugin().orElseThrow().organisationData(organisation.id()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin " + pluginId + " could not describe its data", e);
      throw ApplicationException.conflict("The plugin " + pluginId + " could not say what it holds; try again later");
    }
  }

  /**
   * Removes everything the plugin holds for the organisation (organisation administrators, contract
   * 1.3.0): only while it is switched off, only with its id typed as confirmation, recorded in the audit log
   * with what was removed. The plugin's deletion runs in this transaction: if it fails, nothing is removed.
   */
  public void removeData(String pluginId, String confirmation) {
    OrganisationContext organisation = requireAdmin("remove a plugin's data");
    LoadedPlugin plugin = plugin(pluginId);
    if (!pluginId.equals(confirmation)) {
      throw ApplicationException.invalid("confirm", "type the plugin's id, " + pluginId + ", to confirm that its data is removed for good");
    }
    if (enabledIds().contains(pluginId)) {
      throw ApplicationException.conflict("Switch " + pluginId + " off before removing its data");
    }
    List<DataHolding> held = data(pluginId);
    try {
      plugin.plugin().orElseThrow().onOrganisationDeleted(organisation.id());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin " + pluginId + " could not remove its data for " + organisation.slug(), e);
      throw ApplicationException.conflict("The plugin " + pluginId + " could not remove its data; nothing was removed");
    }
    Map<String, String> removed = held.stream().collect(Collectors.toMap(DataHolding::id, h -> Long.toString(h.items())));
    auditLog.record(
        pluginId, organisation.id(), Optional.empty(), PluginAuditLog.Actor.of(request.caller()),
        AuditRecord.deleted("organisation-data", organisation.id().toString(), removed));
  }

  private OrganisationContext requireAdmin(String toDo) {
    OrganisationContext organisation = request.requireOrganisation();
    if (!organisation.isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can " + toDo);
    }
    return organisation;
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

package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.core.plugin.domain.PluginEnablement;
import org.missionhub.core.plugin.persistence.PluginEnablementRepository;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Whether an organisation has a plugin enabled, and with which settings — readable from anywhere (a
 * request of that organisation, or event delivery off the request thread), through the one tenancy gate.
 */
@ApplicationScoped
public class PluginEnablements {

  @Inject Tenancy tenancy;

  /** The organisation's effective settings if the plugin is active and enabled there; empty otherwise. */
  public Optional<PluginSettings> settingsIfEnabled(OrganisationId organisation, LoadedPlugin plugin) {
    return settingsIf(organisation, plugin, e -> true);
  }

  /**
   * The ids of those of {@code plugins} that are active and enabled in the organisation: one read for them all
   * (a mission list asks every plugin for its health checks).
   */
  public Set<String> enabledAmong(OrganisationId organisation, Collection<LoadedPlugin> plugins) {
    Set<String> active = plugins.stream().filter(LoadedPlugin::isActive).map(LoadedPlugin::id).collect(Collectors.toSet());
    if (active.isEmpty()) {
      return Set.of();
    }
    return tenancy.readAs(
        organisation,
        em -> PluginEnablementRepository.all(em).stream()
            .filter(e -> e.isEnabled() && active.contains(e.pluginId()))
            .map(PluginEnablement::pluginId)
            .collect(Collectors.toSet()));
  }

  /**
   * The settings if the plugin was enabled when the event happened and still is: delivery is asynchronous,
   * so an organisation that enables a plugin just after an event must not receive it. (A plugin switched
   * off and on again since the event misses it too: the choice's time is all that is kept.)
   */
  public Optional<PluginSettings> settingsIfEnabledAt(OrganisationId organisation, LoadedPlugin plugin, OffsetDateTime when) {
    return settingsIf(organisation, plugin, e -> !e.updatedAt().isAfter(when));
  }

  private Optional<PluginSettings> settingsIf(OrganisationId organisation, LoadedPlugin plugin, Predicate<PluginEnablement> also) {
    if (!plugin.isActive()) {
      return Optional.empty();
    }
    Optional<Map<String, String>> entered =
        tenancy.readAs(
            organisation,
            em -> PluginEnablementRepository.find(em, plugin.id()).filter(PluginEnablement::isEnabled).filter(also).map(PluginEnablement::settings));
    return entered.map(values -> effective(plugin, values));
  }

  /**
   * The entered settings with the plugin's defaults; values the plugin no longer accepts (it changed its
   * definitions since) fall back to the defaults rather than failing the organisation's requests.
   */
  public static PluginSettings effective(LoadedPlugin plugin, Map<String, String> entered) {
    return SettingsValidator.lenient(plugin.settings(), entered);
  }
}

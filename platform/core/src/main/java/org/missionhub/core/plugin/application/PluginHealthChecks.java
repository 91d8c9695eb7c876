package org.missionhub.core.plugin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.core.mission.application.HealthCheckContributor;
import org.missionhub.core.mission.domain.HealthCheck;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginEnablements;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;

/**
 * The health questions plugins add (contract 1.3.0), after the platform's, for the organisation looking,
 * from each active plugin it enabled: one call per plugin for all the missions asked about. A plugin that
 * throws is left out of the answer and logged; the platform's checks and the other plugins' still count.
 */
@ApplicationScoped
public class PluginHealthChecks implements HealthCheckContributor {

  private static final Logger LOG = Logger.getLogger(PluginHealthChecks.class.getName());
  private static final List<String> LANGUAGES = List.of("en", "fr", "da");

  @Inject RequestContext request;
  @Inject PluginRuntime runtime;
  @Inject PluginEnablements enablements;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public Map<String, List<HealthCheck>> checks(Collection<Mission> missions) {
    Optional<OrganisationContext> looking = request.organisation();
    Map<String, List<HealthCheck>> checks = new HashMap<>();
    if (looking.isEmpty() || missions.isEmpty()) {
      return checks;
    }
    List<MissionId> ids = missions.stream().map(Mission::id).toList();
    List<LoadedPlugin> asking = runtime.active().stream().filter(p -> !p.healthChecks().isEmpty()).toList();
    Set<String> enabled = enablements.enabledAmong(looking.get().id(), asking);
    for (LoadedPlugin plugin : asking) {
      if (!enabled.contains(plugin.id())) {
        continue;
      }
      answers(plugin, looking.get().id(), ids)
          .ifPresent(passed -> ids.forEach(id -> checks.computeIfAbsent(id.toString(), k -> new ArrayList<>()).addAll(
              plugin.healthChecks().stream().map(d -> check(d, passed.getOrDefault(id, Set.of()).contains(d.id()))).toList())));
    }
    return checks;
  }

  private static Optional<Map<MissionId, Set<String>>> answers(LoadedPlugin plugin, OrganisationId organisation, List<MissionId> missions) {
    try {
      Map<MissionId, Set<String>> passed = plugin.plugin().orElseThrow().passedHealthChecks(organisation, List.copyOf(missions));
      return Optional.of(passed == null ? Map.of() : passed);
    } catch (RuntimeException | LinkageError e) {
      LOG.warning(() -> "Plugin " + plugin.id() + " failed to answer its health checks: " + e);
      return Optional.empty();
    }
  }

  private static HealthCheck check(HealthCheckDefinition definition, boolean passed) {
    Map<String, HealthCheck.Translation> translations = new HashMap<>();
    for (String language : LANGUAGES) {
      translations.put(language, new HealthCheck.Translation(text(definition.title(), language), text(definition.whyItMatters(), language)));
    }
    return new HealthCheck(definition.id(), passed, text(definition.title(), "en"), text(definition.whyItMatters(), "en"), translations);
  }

  private static String text(LocalizedText text, String language) {
    return text.in(java.util.Locale.forLanguageTag(language));
  }
}

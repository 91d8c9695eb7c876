package org.missionhub.core.plugin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.EventPublisher;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.Notifier;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDependency;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.api.plugin.RiskProposal;
import org.missionhub.api.plugin.PluginTimings;
import org.missionhub.api.plugin.Scheduler;

/** What the platform gives one plugin at start-up: its id, the database, the clock, events, services, jobs and timers. */
final class RuntimeContext implements PluginContext {

  private final LoadedPlugin plugin;
  private final PluginDatabase database;
  private final PluginEvents events;
  private final Function<String, Optional<LoadedPlugin>> activePlugins;
  private final Scheduler scheduler;
  private final PluginNotices notices;
  private final PluginEnablements enablements;
  private final PluginMissionReads people;
  private final PluginRiskProposals risks;
  private final PluginTimings timings;

  RuntimeContext(LoadedPlugin plugin, PluginDatabase database, RuntimeServices services, Function<String, Optional<LoadedPlugin>> activePlugins) {
    this.plugin = plugin;
    this.database = database;
    this.events = services.events();
    this.activePlugins = activePlugins;
    this.scheduler = services.jobs().schedulerFor(plugin, database, Clock.systemUTC());
    this.notices = services.notices();
    this.enablements = services.enablements();
    this.people = services.people();
    this.risks = services.risks();
    this.timings = services.timers().of(plugin.id());
  }

  /** The platform's beans a context hands on. */
  record RuntimeServices(
      PluginEvents events, PluginJobs jobs, PluginNotices notices, PluginEnablements enablements, PluginMissionReads people, PluginRiskProposals risks, PluginTimers timers) {}

  @Override
  public PluginTimings timings() {
    return timings;
  }

  @Override
  public Notifier notifications() {
    return new Notifier() {
      @Override
      public void notify(String subject, String kind, String message) {
        notices.send(plugin, subject, kind, message);
      }

      @Override
      public void notify(String subject, String kind, LocalizedText message) {
        notices.send(plugin, subject, kind, message, Optional.empty());
      }

      @Override
      public void notify(String subject, String kind, LocalizedText message, MissionId mission) {
        notices.send(plugin, subject, kind, message, Optional.of(java.util.Objects.requireNonNull(mission, "mission")));
      }

      @Override
      public void notifyAdministrators(OrganisationId organisation, String kind, LocalizedText message) {
        notices.sendToAdministrators(plugin, java.util.Objects.requireNonNull(organisation, "organisation"), kind, message);
      }
    };
  }

  @Override
  public Optional<PluginSettings> settings(OrganisationId organisation) {
    return enablements.settingsIfEnabled(java.util.Objects.requireNonNull(organisation, "organisation"), plugin);
  }

  @Override
  public LocalizedText text(String key, Object... params) {
    return plugin.messages().orElseThrow(() -> new IllegalArgumentException("plugin " + plugin.id() + " has no messages")).text(key, params);
  }

  @Override
  public List<org.missionhub.api.organisation.OrganisationFacts> activeOrganisations() {
    return people.activeOrganisations();
  }

  @Override
  public List<MissionFacts> currentMissions() {
    return people.currentMissions();
  }

  @Override
  public List<MissionPerson> missionPeople(MissionId mission) {
    return people.of(java.util.Objects.requireNonNull(mission, "mission"));
  }

  @Override
  public Optional<MissionFacts> mission(MissionId mission) {
    return people.facts(java.util.Objects.requireNonNull(mission, "mission"));
  }

  @Override
  public Optional<String> proposeRisk(MissionId mission, RiskProposal proposal) {
    return risks.propose(plugin.id(), java.util.Objects.requireNonNull(mission, "mission"), java.util.Objects.requireNonNull(proposal, "proposal"));
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public String pluginId() {
    return plugin.id();
  }

  @Override
  public PluginDatabase database() {
    return database;
  }

  @Override
  public Clock clock() {
    return Clock.systemUTC();
  }

  @Override
  public EventPublisher events() {
    return event -> events.publish(plugin, event);
  }

  /** Only from the plugins it requires: their versions were checked against the requirement's range. */
  @Override
  public <T> T service(Class<T> type) {
    for (PluginDependency dependency : plugin.descriptor().orElseThrow().requires()) {
      Optional<T> found = activePlugins.apply(dependency.pluginId()).flatMap(required -> required.service(type));
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException("No plugin that " + plugin.id() + " requires exports the service " + type.getName());
  }

  /** From a plugin it uses, if that one is active in the range, else from those it requires. */
  @Override
  public <T> Optional<T> optionalService(Class<T> type) {
    PluginDescriptor own = plugin.descriptor().orElseThrow();
    for (PluginDependency dependency : own.uses()) {
      Optional<T> found = activePlugins.apply(dependency.pluginId())
          .filter(used -> dependency.versions().contains(used.descriptor().orElseThrow().version()))
          .flatMap(used -> used.service(type));
      if (found.isPresent()) {
        return found;
      }
    }
    for (PluginDependency dependency : own.requires()) {
      Optional<T> found = activePlugins.apply(dependency.pluginId()).flatMap(required -> required.service(type));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}

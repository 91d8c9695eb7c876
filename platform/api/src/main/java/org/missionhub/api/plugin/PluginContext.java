package org.missionhub.api.plugin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.organisation.OrganisationId;

/** What the platform gives a plugin when it starts. */
public interface PluginContext {

  /** The id the plugin was registered under. */
  String pluginId();

  /**
   * The plugin's database, bound to no organisation: its organisation-private rows are out of reach on
   * PostgreSQL until bound ({@link PluginDatabase#forOrganisation}); requests carry a bound one in their scope.
   */
  PluginDatabase database();

  /** The platform's clock (UTC). */
  Clock clock();

  /** Publishes the plugin's own events (contract 1.3.0). */
  EventPublisher events();

  /** Runs the plugin's periodic jobs, once per period across servers (contract 1.3.0). */
  Scheduler scheduler();

  /** Tells people something, as in-app notices (contract 1.3.0). */
  Notifier notifications();

  /**
   * The plugin's settings in an organisation, with defaults filled in, if the organisation has it enabled
   * (contract 1.3.0): for work outside a request, such as a job or a listener of another organisation's event.
   */
  Optional<PluginSettings> settings(OrganisationId organisation);

  /**
   * A text of the plugin's resource bundle ({@link MissionHubPlugin#messages()}) in every language the
   * bundle has, with its {@link java.text.MessageFormat} parameters filled in (contract 1.3.0): for texts
   * outside the plugin's views, such as a notice, a health check or a data holding.
   *
   * @throws IllegalArgumentException if the bundle has no such key (or the plugin has no bundle)
   */
  LocalizedText text(String key, Object... params);

  /**
   * Everyone holding a role in a mission, one entry per role, as {@link MissionScope#people()} gives them in a
   * request (contract 1.6.0): for work outside one, such as a scheduled job that reminds the people
   * responsible for something. Empty for a mission that does not exist. Names and subjects only; the job
   * decides who is concerned by the roles.
   */
  List<MissionPerson> missionPeople(MissionId mission);

  /**
   * The facts of a mission (contract 1.9.0), as {@link MissionScope#mission()} gives them in a request: for
   * work outside one, such as a job that needs the mission's lead. Empty for a mission that does not exist.
   */
  Optional<MissionFacts> mission(MissionId mission);

  /**
   * Proposes a risk to a mission's register (contract 1.9.0), for work outside a request (a scheduled job that
   * sees a risk coming). The risk is written as MissionHub's proposal on the plugin's behalf, in the mission's
   * language, audited in the lead organisation's log, and arrives
   * {@link org.missionhub.api.governance.RiskStatus#PROPOSED} for the mission's risk managers to accept or
   * dismiss. Nothing is written while the register holds a risk this plugin proposed under the same key that
   * is not closed (proposed, open, being mitigated or accepted), nor to an archived mission: a job may propose on every run, the register gets
   * it once. Whether to propose again after a dismissal is the plugin's decision (remember what it proposed).
   *
   * @return the new risk's id (as in the REST API), or empty when nothing was written
   * @throws IllegalStateException when called inside a request (propose from a job)
   */
  Optional<String> proposeRisk(MissionId mission, RiskProposal proposal);

  /**
   * A service exported by a plugin this one requires (contract 1.3.0), that plugin's version checked by
   * the requirement's range. Ask in {@link MissionHubPlugin#start} or later.
   *
   * @throws IllegalStateException if no plugin this one requires exports the type
   */
  <T> T service(Class<T> type);

  /**
   * A service exported by a plugin this one uses or requires (contract 1.7.0), if that plugin is active and
   * of a version in the range; empty otherwise. Ask for it in {@code start}: the used plugin started first.
   */
  <T> java.util.Optional<T> optionalService(Class<T> type);

  /**
   * The active organisations (contract 1.10.0), for work outside a request that addresses some of them, such
   * as announcing a benchmark campaign to its audience.
   */
  default List<org.missionhub.api.organisation.OrganisationFacts> activeOrganisations() {
    throw new UnsupportedOperationException("activeOrganisations() needs plugin contract 1.10.0");
  }

  /**
   * The missions of the active organisations that are not archived, by title (contract 1.10.0), as {@link
   * PlatformScope#currentMissions()} gives them in a request, for work outside one.
   */
  default List<org.missionhub.api.mission.MissionFacts> currentMissions() {
    throw new UnsupportedOperationException("currentMissions() needs plugin contract 1.10.0");
  }

  /** Timers of the plugin's own operations at {@code /metrics} (contract 1.13.0): see {@link PluginTimings}. */
  default PluginTimings timings() {
    throw new UnsupportedOperationException("timings() needs plugin contract 1.13.0");
  }
}

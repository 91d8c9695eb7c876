package org.missionhub.api.plugin;

/**
 * The version of this contract. A plugin declares the range of contract versions it supports, usually
 * {@code .apiVersions(PluginApi.VERSION)}: the constant is compiled into the plugin, so it names the version
 * the plugin was built against (and means "that version or a later compatible one").
 */
public final class PluginApi {

  /**
   * 1.0.0: descriptor, lifecycle, settings, permissions, REST and UI contributions, migrations, events.
   * 1.1.0: {@link PluginProblem#invalid(java.util.List)}, a refusal naming several fields.
   * 1.2.0: facts about organisations and missions: {@link OrganisationScope#organisation()},
   * {@link OrganisationScope#callerMissions()}, {@link MissionScope#mission()},
   * {@link PlatformScope#activeOrganisations()}, and {@link PlatformPage}s for people with a platform role.
   * 1.3.0: read ports {@link MissionScope#organisations()}, {@link MissionScope#people()},
   * {@link MissionScope#decisions()}, {@link MissionScope#gates()}; open events: the platform publishes
   * decisions proposed, adopted and rejected, missions archived and restored, partners invited, roles
   * assigned and removed, members removed, organisations suspended and reactivated
   * ({@link org.missionhub.api.event.MissionEvent} for those about a mission), and plugins publish their own
   * ({@link MissionHubPlugin#events()}, {@link PluginContext#events()}) with retried, isolated delivery;
   * services between plugins ({@link PluginDescriptor.Builder#exports}, {@link MissionHubPlugin#services()},
   * {@link PluginContext#service(Class)}); health checks ({@link MissionHubPlugin#healthChecks()},
   * {@link MissionHubPlugin#passedHealthChecks}); scheduled jobs, once per period across servers
   * ({@link PluginContext#scheduler()}); in-app notices ({@link PluginContext#notifications()}); settings
   * outside requests ({@link PluginContext#settings}); scoped plugin data with row-level security, plugin
   * audit, OpenAPI for plugin endpoints, UI extension points and bundles, removing an organisation's plugin
   * data, its export ({@link MissionHubPlugin#exportOrganisation}) and its erasure
   * ({@link MissionHubPlugin#onOrganisationErased}, {@link org.missionhub.api.organisation.OrganisationStatus#ERASED});
   * the missions an organisation takes part in ({@link OrganisationScope#missions()}); recording a decision
   * in the mission's decision log ({@link MissionScope#recordDecision}).
   * 1.4.0: feeds behind secret addresses ({@link MissionHubPlugin#feeds()}, {@link MissionHubPlugin#missionFeed},
   * {@link MissionHubPlugin#personFeed}), such as calendars of milestones; risks proposed to a new mission
   * ({@link org.missionhub.api.governance.RiskStatus#PROPOSED}).
   * 1.5.0: helpers every plugin wrote for itself: {@link FormFields} (reading a form's fields, every problem
   * named) and {@link SpreadsheetCells} (CSV cells that cannot run as formulas).
   * 1.6.0: the mission target of the charter ({@link MissionScope#targetStatement()}); a mission's people
   * outside a request, for jobs ({@link PluginContext#missionPeople}); the platform's current missions for
   * platform-wide figures ({@link PlatformScope#currentMissions()}).
   * 1.7.0: optional requirements ({@link PluginDescriptor.Builder#uses}, {@link PluginContext#optionalService}):
   * a plugin that adds to another when it is there (evaluation reads survey results) without needing it;
   * the month an organisation's fiscal year starts in ({@link org.missionhub.api.organisation.OrganisationFacts#fiscalYearStart()}).
   * 1.8.0: the identifier an organisation publishes under in IATI ({@link org.missionhub.api.organisation.OrganisationFacts#iatiIdentifier()}).
   * 1.9.0: risks a plugin proposes to a mission's register from a job ({@link PluginContext#proposeRisk},
   * {@link RiskProposal}), once per key; a mission's facts outside a request ({@link PluginContext#mission}).
   * 1.10.0: notices in each recipient's language, linking to their mission ({@link Notifier#notify(String, String,
   * LocalizedText, org.missionhub.api.mission.MissionId)}); the active organisations and current missions outside a
   * request ({@link PluginContext#activeOrganisations()}, {@link PluginContext#currentMissions()}), for jobs; the
   * platform's discussion of a plugin's items ({@link MissionHubPlugin#discussableItem}, {@link MissionScope#discussions()}).
   * 1.11.0: cross-organisation workshops about a plugin's items ({@link PlatformScope#workshops()}, {@link
   * OrganisationScope#workshops()}, {@link Workshops}): a benchmark analyst prepares one for a campaign's respondents.
   * 1.12.0: notices to an organisation's administrators, linking to its plugins page ({@link
   * Notifier#notifyAdministrators}): a benchmark campaign tells the invited organisations that have not switched the
   * survey plugin on.
   * 1.13.0: timers of a plugin's own operations at {@code /metrics} ({@link PluginContext#timings()},
   * {@link PluginTimings}), such as the time a survey report takes to compute.
   * 1.14.0: what a plugin publishes to everyone, without signing in: public endpoints ({@link
   * MissionHubPlugin#publicResource}, {@link ResourceMount#PUBLIC}) and public pages ({@link PublicPage}, {@link
   * PublicScope}), such as a benchmark's published results with their open data; platform-level demo data
   * ({@link MissionHubPlugin#platformDemoData}).
   * 1.15.0: an organisation's sector ({@link org.missionhub.api.organisation.Sector}: NACE section or COFOG
   * division) in {@link org.missionhub.api.organisation.OrganisationFacts}, for breakdowns.
   * Minor versions only add; a new major version breaks plugins.
   */
  public static final String VERSION = "1.15.0";

  private PluginApi() {}

  /** The contract version of the running platform. */
  public static SemanticVersion current() {
    return SemanticVersion.parse(VERSION);
  }
}

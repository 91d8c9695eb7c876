package org.missionhub.api.plugin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A MissionHub plugin: the entry point the platform finds with {@link java.util.ServiceLoader} (list the
 * implementing class in {@code META-INF/services/org.missionhub.api.plugin.MissionHubPlugin}). It needs a
 * public no-argument constructor. Everything but {@link #descriptor()} has a default, so the contract can
 * grow without breaking plugins.
 *
 * <p>The platform calls a plugin from many threads at once; keep it stateless or thread-safe. A plugin that
 * throws, takes too long to start or contributes something invalid fails on its own (state FAILED, with
 * the reason); the platform and the other plugins keep running.
 */
public interface MissionHubPlugin {

  PluginDescriptor descriptor();

  // ---- lifecycle ----

  /**
   * Called once at platform start-up, after the plugin's migrations ran, on a thread of its own and within
   * a time limit (10 seconds by default): set the plugin up here, do not wait for other systems.
   */
  default void start(PluginContext context) throws Exception {}

  /** Called once at shutdown. */
  default void stop() {}

  /** An organisation enabled the plugin (or changed its settings). */
  default void onEnabled(OrganisationId organisation, PluginSettings settings) {}

  default void onDisabled(OrganisationId organisation) {}

  /**
   * Delete what the plugin holds for the organisation: its data is being removed from MissionHub, or (contract
   * 1.3.0) an administrator of the organisation removes the plugin's data after switching it off. Work
   * through {@code context.database().forOrganisation(organisation)}; a failure leaves everything as it was.
   */
  default void onOrganisationDeleted(OrganisationId organisation) {}

  /**
   * The organisation leaves MissionHub and a platform administrator erases it (contract 1.3.0): delete what
   * the plugin holds for it, except what others keep by right, which is kept without any link to the
   * organisation (the survey plugin keeps the responses of closed campaigns in their published aggregates,
   * with no organisation, mission or person). Called for every plugin, enabled or not, in the erasure's
   * transaction, through {@code context.database().forOrganisation(organisation)}: if it throws, nothing is
   * erased. {@code missionsDeleted} are the missions it led alone, which go with it: their data goes too,
   * whoever wrote it (a former partner's rows included; bound to the organisation, the plugin still sees
   * them). It may run again for the same organisation (an erasure retried, then with no missions): keep it
   * idempotent. By default it deletes what the organisation holds, as {@link #onOrganisationDeleted}.
   */
  default void onOrganisationErased(OrganisationId organisation, Set<MissionId> missionsDeleted) {
    onOrganisationDeleted(organisation);
  }

  /**
   * What the plugin holds for the organisation, by kind, with how much (contract 1.3.0): shown to the
   * administrator before the plugin's data is removed, and listed for an export of the organisation's data.
   */
  default List<DataHolding> organisationData(OrganisationId organisation) {
    return List.of();
  }

  /**
   * Write what the plugin holds for the organisation into the organisation's export (contract 1.3.0), as
   * tables: called when one of its administrators downloads everything of the organisation. Read through
   * {@code context.database().forOrganisation(organisation)}. A failure is named in the archive's manifest,
   * which then says the export is incomplete.
   */
  default void exportOrganisation(OrganisationId organisation, OrganisationExport export) {}

  /**
   * Adds believable data to one of MissionHub's demo missions (contract 1.3.0): called once, when the demo
   * data is loaded into an empty database for people trying MissionHub out, as the mission's leader, for
   * the plugins the demo organisations switch on. Go through the plugin's own services and the scope, as a
   * person would; a failure is logged and leaves the rest of the demo data in place.
   */
  default void demoData(MissionScope mission) {}

  /**
   * Adds the plugin's platform-level demo data (contract 1.14.0), once, after every demo organisation and mission
   * is ready, as the demo's benchmark analyst: for example a benchmark whose results are published, so that the
   * demo shows them. Not called outside the demo.
   */
  default void platformDemoData(PlatformScope analyst) {}

  // ---- contributions ----

  /**
   * The services the plugin offers the plugins that require it (contract 1.3.0), asked for once, right after
   * {@link #start} returned: interfaces of its exported packages ({@link PluginDescriptor.Builder#exports})
   * with their implementations. A requiring plugin obtains them with {@link PluginContext#service(Class)}
   * in its own {@code start}, which runs later. Services are called from many threads and outside any
   * request: make them thread-safe and give them the ids they need (an organisation, a mission).
   */
  default List<ServiceExport<?>> services() {
    return List.of();
  }

  /** The plugin's questions of the mission health check (contract 1.3.0), read once at start-up. */
  default List<HealthCheckDefinition> healthChecks() {
    return List.of();
  }

  /**
   * Which of the plugin's health checks each mission passes, by mission: a check not listed for a mission
   * fails (contract 1.3.0). {@code organisation} is the one looking, which enabled the plugin. Called with
   * every mission of a list page at once: answer with one query, not one per mission. If it throws, the
   * plugin's checks are left out of that answer (and logged); the page still works.
   */
  default Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
    return Map.of();
  }

  /** The settings an organisation gives the plugin. */
  default List<SettingDefinition> settings() {
    return List.of();
  }

  /** The permissions the plugin checks on missions ({@code <pluginId>.<name>}). */
  default List<PermissionDefinition> permissions() {
    return List.of();
  }

  /**
   * Where the plugin's Flyway SQL migrations are, inside its jar (for example {@code db/migration/survey});
   * they run at start-up, in dependency order, with their own history table. Put an empty file named
   * {@code flyway.location} in that folder.
   */
  default Optional<String> migrations() {
    return Optional.empty();
  }

  /**
   * The plugin's tables that hold mission data shared by the mission's organisations (contract 1.3.0): each
   * has {@code tenant_id} (the organisation that wrote the row) and {@code mission_id}. On PostgreSQL,
   * row-level security shows their rows to every organisation taking part in the row's mission and accepts
   * rows only for the bound organisation. Every other table with {@code tenant_id} is private to its
   * organisation ({@link PluginDatabase}).
   */
  default Set<String> missionSharedTables() {
    return Set.of();
  }

  /**
   * A domain event, delivered after its transaction committed, once per organisation it concerns that has
   * the plugin enabled, off the request thread: the platform's own (package {@code org.missionhub.api.event})
   * and, since contract 1.3.0, those other plugins publish. A listener that throws is retried (three tries
   * in all, a second and then five seconds apart), then the failure is logged; it never affects the
   * publisher or the other listeners. Keep listeners idempotent: a retried event may arrive twice.
   */
  default void onEvent(DomainEvent event, PluginSettings settings) {}

  /**
   * The types of the plugin's own events (contract 1.3.0): records implementing {@link DomainEvent} (or
   * {@link org.missionhub.api.event.MissionEvent}), carrying ids and values only, which the plugin publishes
   * through {@link PluginContext#events()}. Another plugin receives them in {@link #onEvent}; to use their
   * type it needs the class, which a plugin shares through its exported API packages.
   */
  default List<Class<? extends DomainEvent>> events() {
    return List.of();
  }

  /**
   * The JAX-RS resource (an object whose methods carry {@code @GET}, {@code @Path}, ...) serving
   * {@code /api/v1/orgs/{slug}/missions/{missionId}/<pluginId>/...} for this request, or empty for none.
   */
  default Optional<Object> missionResource(MissionScope scope) {
    return Optional.empty();
  }

  /** The JAX-RS resource serving {@code /api/v1/orgs/{slug}/<pluginId>/...}, or empty. */
  default Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.empty();
  }

  /** The JAX-RS resource serving {@code /api/v1/platform/<pluginId>/...} (cross-organisation), or empty. */
  default Optional<Object> platformResource(PlatformScope scope) {
    return Optional.empty();
  }

  /**
   * The JAX-RS resource serving {@code /api/v1/public/<pluginId>/...} to anyone, without a token (contract
   * 1.14.0), or empty. Only {@code GET} and {@code HEAD} reach it; it serves only what its users published
   * to everyone (see {@link PublicScope}) and "not found" for the rest. The platform limits requests per
   * client address, as for every request.
   */
  default Optional<Object> publicResource(PublicScope scope) {
    return Optional.empty();
  }

  /**
   * The classes of the resources that {@link #missionResource}, {@link #organisationResource}, {@link
   * #platformResource} and {@link #publicResource} return, by mount (contract 1.3.0). The platform reads their JAX-RS annotations — and
   * those of the sub-resources their locators return — to list the plugin's endpoints in the API's OpenAPI
   * document, with their parameters and the JSON schemas of their bodies, and MissionHub's cross-tenant
   * test probes every one of them. A mount served without its class here works, but is undocumented.
   */
  default Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of();
  }

  /**
   * The feeds the plugin publishes behind secret addresses (contract 1.4.0): see {@link FeedDefinition}.
   * Read once, at start-up.
   */
  default List<FeedDefinition> feeds() {
    return List.of();
  }

  /**
   * The document of a {@link FeedLevel#MISSION} feed for one mission, read as the subscribing person (the
   * scope's caller) when a client fetches the secret address; empty answers 404. The platform has checked
   * the secret, the person's account, membership and access to the mission, and the plugin's enablement,
   * exactly as for the mission's REST endpoints. Called without the person present: write nothing.
   */
  default Optional<String> missionFeed(String feedId, MissionScope scope) {
    return Optional.empty();
  }

  /**
   * The document of a {@link FeedLevel#PERSON} feed: the subscribing person's (the scope's caller's) own
   * view across the organisation's missions, with the same checks as {@link #missionFeed}.
   */
  default Optional<String> personFeed(String feedId, OrganisationScope scope) {
    return Optional.empty();
  }

  /**
   * Mission tabs, mission cards, organisation pages, dashboard widgets, item actions and platform pages of
   * the web application.
   */
  default List<UiContribution> ui() {
    return List.of();
  }

  /**
   * The base name of the plugin's resource bundle in its jar (contract 1.3.0), for example
   * {@code org/missionhub/plugin/notes/messages}: {@code messages.properties} in English, with
   * {@code messages_fr.properties} and {@code messages_da.properties} beside it, like the platform's own.
   * Every key starts with the plugin's id and a dot ({@code notes.add}); the platform refuses a plugin whose
   * bundle is missing or has a key of another name. The plugin's views read the texts with Vaadin's
   * {@code getTranslation(key, params)}, and anything else with {@link PluginContext#text}. Use a name of
   * the plugin's own package: bundled plugins share one class path.
   */
  default Optional<String> messages() {
    return Optional.empty();
  }

  /**
   * One of the plugin's items that people may discuss (contract 1.10.0): its kind and title if {@code type} is a
   * kind of item the plugin lets people discuss, the item {@code id} is one of the scope's mission and the scope's
   * caller may see it; empty otherwise (the platform answers 404). Read whenever its discussion is read or written,
   * as the caller: keep it to one lookup. Comments stay when the item is removed, listed with the mission's.
   */
  default Optional<DiscussableItem> discussableItem(MissionScope scope, String type, String id) {
    return Optional.empty();
  }
}

package org.missionhub.plugin.notes;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionCreated;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.DashboardWidget;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.ItemAction;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.api.plugin.ServiceExport;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.plugin.notes.api.NoteAdded;
import org.missionhub.plugin.notes.api.NotesService;

/**
 * The example plugin of the plugin guide: notes on a mission, shared by its lead and partners. It shows
 * every kind of contribution in its smallest useful form: settings, a permission, migrations, REST at
 * mission and organisation level, a mission tab, an overview card, a dashboard widget, an action on
 * decisions, a resource bundle for its views' texts, a listener that hears the platform's events and its own
 * {@link NoteAdded}, which it publishes, a service for the plugins requiring it ({@link NotesService}, in
 * its exported package), and the mission's organisations, people and gates read through the read ports.
 */
public class NotesPlugin implements MissionHubPlugin {

  public static final String ID = "notes";
  public static final String WRITE = "notes.write";
  public static final String MAX_LENGTH = "maxLength";
  public static final String HAS_NOTES = "notes.has-notes";

  private volatile NotesStore store;
  private volatile EventLog heard;
  private volatile PluginContext context;

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID)
        .name(LocalizedText.of("en", "Mission notes", "fr", "Notes de mission", "da", "Missionsnoter"))
        .description(
            LocalizedText.of(
                "en", "Short notes on a mission, shared by its lead and partners (the plugin guide's example).",
                "fr", "De courtes notes sur une mission, partagées par son organisation cheffe de file et ses partenaires (l’exemple du guide des extensions).",
                "da", "Korte noter om en mission, delt af dens leder og partnere (eksemplet i plugin-vejledningen)."))
        .version("1.0.0")
        .apiVersions(PluginApi.VERSION)
        .exports(NotesService.class.getPackageName())
        .build();
  }

  /** How long the event log keeps what it heard. */
  static final Duration KEEP_EVENTS = Duration.ofDays(90);

  @Override
  public void start(PluginContext context) {
    store = new NotesStore(context);
    heard = new EventLog(context.database(), context.clock());
    this.context = context;
    context.scheduler().every("forget-old-events", retentionCheck(), () -> heard.forgetOlderThan(KEEP_EVENTS));
  }

  /**
   * How often the example looks for events to forget: daily; a system property shortens it for tests (an
   * example plugin has no configuration of its own beyond organisations' settings).
   */
  private static Duration retentionCheck() {
    return Duration.ofSeconds(Long.getLong("missionhub.notes.retention-check-seconds", Duration.ofDays(1).toSeconds()));
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(SettingDefinition.integer(MAX_LENGTH, LocalizedText.of("en", "Longest note (characters)", "fr", "Note la plus longue (caractères)", "da", "Længste note (tegn)"), 10, 4000, 1000));
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(
            WRITE,
            LocalizedText.of("en", "Write notes on the mission", "fr", "Écrire des notes sur la mission", "da", "Skrive noter om missionen"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.INITIATOR, MissionRole.IMPLEMENTER, MissionRole.PARTICIPANT)));
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/notes");
  }

  /** Notes are shared by the mission's organisations; the event log stays private to each (contract 1.3.0). */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of("notes_note");
  }

  /** A question of the mission health check (contract 1.3.0). */
  @Override
  public List<HealthCheckDefinition> healthChecks() {
    return List.of(
        new HealthCheckDefinition(
            HAS_NOTES,
            LocalizedText.of("en", "The mission has notes", "fr", "La mission a des notes", "da", "Missionen har noter"),
            LocalizedText.of(
                "en", "Notes keep what partners learn in one place; write the first one in the Notes tab.",
                "fr", "Les notes gardent au même endroit ce que les partenaires apprennent ; écrivez la première dans l’onglet Notes.",
                "da", "Noter samler det, partnerne lærer, ét sted; skriv den første under fanen Noter.")));
  }

  @Override
  public Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
    Map<MissionId, Set<String>> passed = new HashMap<>();
    store.missionsWithNotes(organisation, missions).forEach(mission -> passed.put(mission, Set.of(HAS_NOTES)));
    return passed;
  }

  /** Its service for the plugins that require notes (contract 1.3.0). */
  @Override
  public List<ServiceExport<?>> services() {
    return List.of(ServiceExport.of(NotesService.class, store));
  }

  /** The plugin's own event type, published when a note is added (contract 1.3.0). */
  @Override
  public List<Class<? extends DomainEvent>> events() {
    return List.of(NoteAdded.class);
  }

  @Override
  public void onEvent(DomainEvent event, PluginSettings settings) {
    if (event instanceof MissionCreated created) {
      store.countMissionCreated(created.organisationId());
    }
    heard.heard(event);
  }

  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {
    store.deleteOrganisation(organisation);
    heard.deleteOrganisation(organisation);
  }

  /** The organisation's notes, into its export (contract 1.3.0). */
  @Override
  public void exportOrganisation(OrganisationId organisation, OrganisationExport export) {
    export.table("notes", List.of("id", "mission", "authorSubject", "authorName", "text", "createdAt"), store.notesOf(organisation));
  }

  /** What the plugin holds for an organisation, shown before its data is removed (contract 1.3.0). */
  @Override
  public List<DataHolding> organisationData(OrganisationId organisation) {
    return List.of(
        new DataHolding("notes", LocalizedText.of("en", "Notes written by the organisation's people", "fr", "Notes écrites par les membres de l’organisation", "da", "Noter skrevet af organisationens folk"), store.notesWrittenBy(organisation)),
        new DataHolding("events-heard", LocalizedText.of("en", "Platform events heard", "fr", "Événements de la plateforme reçus", "da", "Modtagne platformshændelser"), heard.count(organisation)),
        new DataHolding("missions-counted", LocalizedText.of("en", "Missions created while enabled", "fr", "Missions créées pendant l’activation", "da", "Missioner oprettet mens det var slået til"), store.missionsCreated(organisation)));
  }

  /** Its resources' classes, for the API's OpenAPI document (contract 1.3.0). */
  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(ResourceMount.MISSION, NotesResource.class, ResourceMount.ORGANISATION, NotesStatsResource.class);
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new NotesResource(store, scope));
  }

  @Override
  public Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.of(new NotesStatsResource(store, heard, context, scope));
  }

  @Override
  public List<UiContribution> ui() {
    LocalizedText notes = LocalizedText.of("en", "Notes", "fr", "Notes", "da", "Noter");
    return List.of(
        new MissionTab("notes", notes, 50, null, "org.missionhub.plugin.notes.ui.NotesTab"),
        new MissionCard("latest", notes, 50, null, "org.missionhub.plugin.notes.ui.NotesCard"),
        new DashboardWidget("written", LocalizedText.of("en", "Mission notes", "fr", "Notes de mission", "da", "Missionsnoter"), 50, false, "org.missionhub.plugin.notes.ui.NotesWidget"),
        new ItemAction(
            "note-on-decision",
            LocalizedText.of("en", "Add a note", "fr", "Ajouter une note", "da", "Tilføj en note"),
            50,
            CoreItem.Kind.DECISION,
            WRITE,
            "org.missionhub.plugin.notes.ui.DecisionNoteForm"));
  }

  /** The texts of its views, in English, French and Danish (contract 1.3.0). */
  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/notes/messages");
  }

  /** The plugin's store, for its own views. */
  public NotesStore store() {
    return store;
  }
}

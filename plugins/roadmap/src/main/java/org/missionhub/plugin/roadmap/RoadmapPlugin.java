package org.missionhub.plugin.roadmap;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.FeedDefinition;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.OrganisationPage;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.api.plugin.ServiceExport;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.plugin.roadmap.api.DependencyBroken;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;
import org.missionhub.plugin.roadmap.api.PortfolioReviews;
import org.missionhub.plugin.roadmap.calendar.CalendarFeeds;
import org.missionhub.plugin.roadmap.demo.RoadmapDemo;
import org.missionhub.plugin.roadmap.rest.OrganisationRoadmapResource;
import org.missionhub.plugin.roadmap.rest.RoadmapResource;
import org.missionhub.plugin.roadmap.service.Access;
import org.missionhub.plugin.roadmap.service.ExportedInitiatives;
import org.missionhub.plugin.roadmap.service.ExportedReviews;
import org.missionhub.plugin.roadmap.service.RoadmapContext;
import org.missionhub.plugin.roadmap.store.OrganisationRoadmap;

/**
 * The Roadmap plugin: a mission's portfolio shared by its organisations — objectives, initiatives owned by
 * the lead or a partner, milestones and dependencies across organisations (issue 14). The data is shared by
 * the mission's organisations; who may change what follows the mission roles ({@link Access}).
 */
public class RoadmapPlugin implements MissionHubPlugin {

  public static final String ID = "roadmap";

  /** The health check: a portfolio with objectives, each served by an active initiative. */
  public static final String EVERY_OBJECTIVE_ACTIVE = "roadmap.every-objective-active";

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder(ID)
          .name(LocalizedText.of("en", "Roadmap", "fr", "Feuille de route", "da", "Køreplan"))
          .description(
              LocalizedText.of(
                  "en", "The mission's portfolio in one place: objectives, initiatives owned by its organisations, milestones, dependencies, balance, portfolio reviews and baselines, with spreadsheet import and export and the milestones in your calendar.",
                  "fr", "Le portefeuille de la mission en un seul endroit : objectifs, initiatives portées par ses organisations, jalons, dépendances, équilibre, revues de portefeuille et références, avec import et export de tableurs et les jalons dans votre agenda.",
                  "da", "Missionens portefølje ét sted: mål, initiativer ejet af dens organisationer, milepæle, afhængigheder, balance, porteføljegennemgange og basislinjer, med import og eksport af regneark og milepælene i din kalender."))
          .version("0.5.0")
          .apiVersions(PluginApi.VERSION)
          .exports(DependencyBroken.class.getPackageName())
          .build();

  private volatile RoadmapContext context;
  private volatile OrganisationRoadmap organisations;
  private volatile CalendarFeeds calendars;

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void start(PluginContext context) {
    this.context = new RoadmapContext(context.clock(), context.events(), context.notifications(), context::text);
    organisations = new OrganisationRoadmap(context.database());
    calendars = new CalendarFeeds(context.clock());
  }

  /** Clock, events and notices, for the plugin's services and views. */
  public RoadmapContext context() {
    return context;
  }

  /** The mission's initiatives and review calendar for the plugins that require the roadmap, such as evaluation (contract 1.3.0). */
  @Override
  public List<ServiceExport<?>> services() {
    return List.of(ServiceExport.of(PortfolioInitiatives.class, new ExportedInitiatives()), ServiceExport.of(PortfolioReviews.class, new ExportedReviews(context.clock())));
  }

  /** Its own event, in its exported package (contract 1.3.0). */
  @Override
  public List<Class<? extends DomainEvent>> events() {
    return List.of(DependencyBroken.class);
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/roadmap");
  }

  /** Every roadmap table is the mission's, shared by its organisations (contract 1.3.0). */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of(
        "roadmap_objective", "roadmap_initiative", "roadmap_initiative_objective", "roadmap_contributor", "roadmap_rag_change", "roadmap_milestone", "roadmap_dependency",
        "roadmap_review", "roadmap_review_verdict", "roadmap_review_cadence", "roadmap_baseline", "roadmap_baseline_item");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(
            Access.MANAGE,
            LocalizedText.of("en", "Manage the roadmap: objectives, every initiative, dependencies", "fr", "Gérer la feuille de route : objectifs, toutes les initiatives, dépendances", "da", "Styre køreplanen: mål, alle initiativer, afhængigheder"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR)),
        new PermissionDefinition(
            Access.EDIT_OWN,
            LocalizedText.of("en", "Change the initiatives one's organisation owns, and their milestones", "fr", "Modifier les initiatives portées par son organisation et leurs jalons", "da", "Ændre de initiativer, ens organisation ejer, og deres milepæle"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.INITIATOR, MissionRole.IMPLEMENTER)));
  }

  /**
   * Initiatives and milestones are discussed with the platform's comments (contract 1.10.0): whoever sees the
   * mission sees its roadmap, so the item only has to be the mission's.
   */
  @Override
  public Optional<org.missionhub.api.plugin.DiscussableItem> discussableItem(MissionScope scope, String type, String id) {
    var portfolio = new org.missionhub.plugin.roadmap.service.RoadmapService(scope, context).portfolio();
    return switch (type) {
      case "initiative" -> portfolio.initiative(id).map(i -> new org.missionhub.api.plugin.DiscussableItem(context.text("roadmap.discussion.initiative"), i.title()));
      case "milestone" -> portfolio.milestone(id).map(m -> new org.missionhub.api.plugin.DiscussableItem(context.text("roadmap.discussion.milestone"), m.title()));
      default -> Optional.empty();
    };
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new RoadmapResource(scope, context));
  }

  @Override
  public Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.of(new OrganisationRoadmapResource(scope));
  }

  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(ResourceMount.MISSION, RoadmapResource.class, ResourceMount.ORGANISATION, OrganisationRoadmapResource.class);
  }

  /** The milestones as calendar feeds behind secret addresses (contract 1.4.0). */
  @Override
  public List<FeedDefinition> feeds() {
    return CalendarFeeds.definitions();
  }

  @Override
  public Optional<String> missionFeed(String feedId, MissionScope scope) {
    return calendars.mission(feedId, scope);
  }

  @Override
  public Optional<String> personFeed(String feedId, OrganisationScope scope) {
    return calendars.person(feedId, scope);
  }

  @Override
  public List<UiContribution> ui() {
    LocalizedText roadmap = LocalizedText.of("en", "Roadmap", "fr", "Feuille de route", "da", "Køreplan");
    return List.of(
        new MissionTab("roadmap", roadmap, 20, null, "org.missionhub.plugin.roadmap.ui.RoadmapTab"),
        new MissionCard("summary", roadmap, 20, null, "org.missionhub.plugin.roadmap.ui.RoadmapCard"),
        new OrganisationPage(
            "initiatives", LocalizedText.of("en", "Our initiatives", "fr", "Nos initiatives", "da", "Vores initiativer"), "lumo:ordered-list", 20, false,
            "org.missionhub.plugin.roadmap.ui.OurInitiativesPage"));
  }

  /** A question of the mission health check (contract 1.3.0). */
  @Override
  public List<HealthCheckDefinition> healthChecks() {
    return List.of(
        new HealthCheckDefinition(
            EVERY_OBJECTIVE_ACTIVE,
            LocalizedText.of("en", "Every objective of the roadmap has an active initiative", "fr", "Chaque objectif de la feuille de route a une initiative en cours", "da", "Hvert mål i køreplanen har et aktivt initiativ"),
            LocalizedText.of(
                "en", "A portfolio balances short- and long-term work towards each objective; an objective nobody is working on loses momentum. Add or activate an initiative for it in the Roadmap tab.",
                "fr", "Un portefeuille équilibre le travail à court et long terme vers chaque objectif ; un objectif sur lequel personne ne travaille perd son élan. Ajoutez ou lancez une initiative dans l’onglet Feuille de route.",
                "da", "En portefølje balancerer kort- og langsigtet arbejde mod hvert mål; et mål, ingen arbejder på, mister fremdrift. Tilføj eller aktivér et initiativ under fanen Køreplan.")));
  }

  @Override
  public Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
    Map<MissionId, Set<String>> passed = new HashMap<>();
    organisations.withEveryObjectiveActive(organisation, missions).forEach(mission -> passed.put(mission, Set.of(EVERY_OBJECTIVE_ACTIVE)));
    return passed;
  }

  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/roadmap/messages");
  }

  @Override
  public List<DataHolding> organisationData(OrganisationId organisation) {
    return List.of(
        new DataHolding("initiatives", LocalizedText.of("en", "Initiatives it owns", "fr", "Initiatives qu’elle porte", "da", "Initiativer, den ejer"), organisations.initiativesOwned(organisation)),
        new DataHolding("milestones", LocalizedText.of("en", "Milestones it owns", "fr", "Jalons qu’elle porte", "da", "Milepæle, den ejer"), organisations.milestonesOwned(organisation)));
  }

  @Override
  public void exportOrganisation(OrganisationId organisation, OrganisationExport export) {
    organisations.export(organisation, export);
  }

  /** A portfolio for each demo mission (contract 1.3.0). */
  @Override
  public void demoData(MissionScope mission) {
    new RoadmapDemo(mission, context).load();
  }

  /** Removing the plugin's data: the roadmap is the missions', not one organisation's; nothing private to remove. */
  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {}

  /** The roadmaps of the missions it led alone go; the continuing missions keep theirs (contract 1.3.0). */
  @Override
  public void onOrganisationErased(OrganisationId organisation, Set<MissionId> missionsDeleted) {
    organisations.eraseMissions(organisation, missionsDeleted);
  }
}

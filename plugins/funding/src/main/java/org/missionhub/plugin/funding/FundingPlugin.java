package org.missionhub.plugin.funding;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collection;
import java.util.HashMap;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.SettingDefinition;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.store.FundingStore;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.OrganisationPage;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.plugin.funding.demo.FundingDemo;
import org.missionhub.plugin.funding.evaluation.EvaluationFeed;
import org.missionhub.plugin.funding.service.EvaluationLink;
import org.missionhub.plugin.funding.rest.FundingResource;
import org.missionhub.plugin.funding.rest.OrganisationFundingResource;
import org.missionhub.plugin.funding.service.Access;
import org.missionhub.plugin.funding.service.DeadlineReminders;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.funding.service.SupportRisks;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;

/**
 * The Funding alignment plugin (issue 16): who funds what across a mission's organisations. This first part
 * holds the funding plan — the mission's currency and exchange rates, its funders (organisations of the
 * mission or outside bodies, typed by source), each initiative's need per year, and the money per funder and
 * initiative from pledge to spend — and the gap analysis per initiative of the roadmap, and its exports: the IATI 2.03 activity file (package {@code iati}), the flows as
 * CSV and as a Fiscal Data Package (package {@code export}). Budget calendars, the funding mix and alerts are
 * still to come.
 */
public class FundingPlugin implements MissionHubPlugin {

  public static final String ID = "funding";

  /** The health check: committed money covers enough of the next twelve months' need. */
  public static final String COMMITTED = "funding.committed";

  /** The setting: the share (percent) of the next twelve months' need that must be committed. */
  public static final String COMMITTED_SHARE = "committedShare";

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder(ID)
          .name(LocalizedText.of("en", "Funding alignment", "fr", "Alignement des financements", "da", "Koordinering af finansiering"))
          .description(LocalizedText.of(
              "en", "Who funds what across the mission's organisations: funders and their sources, each initiative's need per year, money from pledge to commitment, disbursement and spending in exact amounts and their own currencies, and the gap per initiative in the mission's currency. Budget calendars with alerts when a round closes before a need, the funding mix, and a risk proposed when commitments fall short. Downloads: the IATI 2.03 activity file, the flows as CSV and as a Fiscal Data Package.",
              "fr", "Qui finance quoi parmi les organisations de la mission : bailleurs et sources, besoin annuel de chaque initiative, montants de la promesse à l’engagement, au versement et à la dépense, exacts et dans leur devise, et l’écart par initiative dans la devise de la mission. Calendriers budgétaires avec alertes quand un cycle se ferme avant un besoin, origine des financements, et un risque proposé quand les engagements manquent. Téléchargements : fichier d’activités IATI 2.03, flux en CSV et en Fiscal Data Package.",
              "da", "Hvem finansierer hvad på tværs af missionens organisationer: bevillingsgivere og kilder, hvert initiativs årlige behov, beløb fra tilsagn til forpligtelse, udbetaling og forbrug, eksakte og i egen valuta, og finansieringsgabet pr. initiativ i missionens valuta. Budgetkalendere med varsler, når en runde lukker før et behov, finansieringsmiks og en risiko, der foreslås, når forpligtelserne ikke slår til. Downloads: IATI 2.03-aktivitetsfil, pengestrømme som CSV og som Fiscal Data Package."))
          .version("0.4.0")
          .apiVersions(PluginApi.VERSION)
          // needs and money are per initiative of the roadmap, read through its exported service
          .requires("roadmap", "[0.5.0,1.0.0)")
          // when the evaluation plugin is installed: the mission's results go into the IATI file, and the plan's money feeds indicators
          .uses("evaluation", "[0.6.0,1.0.0)")
          .build();

  private volatile Clock clock;
  private volatile PortfolioInitiatives roadmap;
  private volatile PluginContext context;
  private volatile EvaluationLink evaluation = EvaluationLink.NONE;

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void start(PluginContext context) {
    this.context = context;
    this.clock = context.clock();
    this.roadmap = context.service(PortfolioInitiatives.class);
    this.evaluation = EvaluationFeed.of(context, roadmap);
    context.scheduler().every("deadline-reminders", reminderCheck(), new DeadlineReminders(context, context.clock()));
    context.scheduler().every("committed-support", reminderCheck(), new SupportRisks(context, context.clock(), COMMITTED_SHARE));
  }

  /** How often the budget deadlines and the committed support are looked at: daily, or as a test server sets it. */
  private static java.time.Duration reminderCheck() {
    return java.time.Duration.ofSeconds(Long.getLong("missionhub.funding.reminder-check-seconds", java.time.Duration.ofDays(1).toSeconds()));
  }

  /** The clock, for the views' "today". */
  public Clock clock() {
    return clock;
  }

  /** The funding plan of a mission, for the plugin's resource and views. */
  public FundingService funding(MissionScope scope) {
    return new FundingService(scope, clock, roadmap, evaluation);
  }

  /**
   * Flows are discussed with the platform's comments (contract 1.10.0): everyone who sees the mission sees its flows
   * (a confidential one without its amount). The title names the funder and the date, never the amount: the
   * platform writes it into other people's notices.
   */
  @Override
  public Optional<org.missionhub.api.plugin.DiscussableItem> discussableItem(MissionScope scope, String type, String id) {
    if (!"flow".equals(type)) {
      return Optional.empty();
    }
    return funding(scope).findFlow(id).map(f -> new org.missionhub.api.plugin.DiscussableItem(context.text("funding.discussion.flow"), f));
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/funding");
  }

  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/funding/messages");
  }

  /** Every funding table is the mission's, shared by its organisations (contract 1.3.0). */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of("funding_settings", "funding_rate", "funding_funder", "funding_need", "funding_flow", "funding_reminder", "funding_support_risk");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(Access.MANAGE,
            LocalizedText.of("en", "Manage the funding plan: funders, needs, rates", "fr", "Gérer le plan de financement : bailleurs, besoins, taux",
                "da", "Styre finansieringsplanen: bevillingsgivere, behov, kurser"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR)),
        new PermissionDefinition(Access.RECORD,
            LocalizedText.of("en", "Record one's organisation's pledges, commitments and disbursements", "fr", "Enregistrer les promesses, engagements et versements de son organisation",
                "da", "Registrere sin organisations tilsagn, forpligtelser og udbetalinger"),
            Access.RECORDING_ROLES));
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new FundingResource(scope, funding(scope)));
  }

  @Override
  public Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.of(new OrganisationFundingResource(scope));
  }

  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(ResourceMount.MISSION, FundingResource.class, ResourceMount.ORGANISATION, OrganisationFundingResource.class);
  }

  @Override
  public List<UiContribution> ui() {
    LocalizedText funding = LocalizedText.of("en", "Funding", "fr", "Financement", "da", "Finansiering");
    return List.of(
        new MissionTab("funding", funding, 40, null, "org.missionhub.plugin.funding.ui.FundingTab"),
        new MissionCard("summary", funding, 40, null, "org.missionhub.plugin.funding.ui.FundingCard"),
        new OrganisationPage("mix", LocalizedText.of("en", "Funding mix", "fr", "Origine des financements", "da", "Finansieringsmiks"), "lumo:bar-chart", 40, false,
            "org.missionhub.plugin.funding.ui.FundingMixPage"));
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(SettingDefinition.integer(COMMITTED_SHARE, LocalizedText.of(
        "en", "Share of the next 12 months' need that must be committed for the health check (%)",
        "fr", "Part du besoin des 12 prochains mois qui doit être engagée pour le bilan de santé (%)",
        "da", "Andel af de næste 12 måneders behov, der skal være forpligtet til sundhedstjekket (%)"), 1, 100, 50));
  }

  /** A question of the mission health check (contract 1.3.0): the seed's "lack of committed support". */
  @Override
  public List<HealthCheckDefinition> healthChecks() {
    return List.of(new HealthCheckDefinition(COMMITTED,
        LocalizedText.of("en", "The mission has committed funding for the coming year", "fr", "La mission a des financements engagés pour l’année à venir",
            "da", "Missionen har forpligtet finansiering for det kommende år"),
        LocalizedText.of(
            "en", "Lack of committed support is one of the three biggest risks missions report. Record the initiatives' needs and the funders' commitments in the Funding tab: the check passes when commitments cover the share of the next twelve months' need your organisation set (half, unless changed).",
            "fr", "Le manque de soutien engagé est l’un des trois plus grands risques cités par les missions. Saisissez les besoins des initiatives et les engagements des bailleurs dans l’onglet Financement : le bilan est bon quand les engagements couvrent la part du besoin des douze prochains mois fixée par votre organisation (la moitié, sauf réglage).",
            "da", "Mangel på forpligtet opbakning er en af de tre største risici, missioner nævner. Registrér initiativernes behov og bevillingsgivernes forpligtelser under fanen Finansiering: tjekket består, når forpligtelserne dækker den andel af de næste tolv måneders behov, jeres organisation har fastsat (halvdelen, medmindre ændret).")));
  }

  /** Missions whose live commitments cover the organisation's share of the next twelve months' need, read in five statements for all. */
  @Override
  public Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
    int share = context.settings(organisation).map(s -> s.integer(COMMITTED_SHARE)).orElse(50);
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    Map<String, FundingPlan> plans = context.database().forOrganisation(organisation)
        .inTransaction(c -> new FundingStore().plans(c, missions.stream().map(MissionId::toString).toList()));
    Map<MissionId, Set<String>> passed = new HashMap<>();
    plans.forEach((mission, plan) -> plan.committedCoverage(today)
        .filter(coverage -> coverage.compareTo(java.math.BigDecimal.valueOf(share)) >= 0)
        .ifPresent(coverage -> passed.put(MissionId.of(mission), Set.of(COMMITTED))));
    return passed;
  }

  /** Funders, needs and money for each demo mission (contract 1.3.0), after the roadmap's initiatives. */
  @Override
  public void demoData(MissionScope mission) {
    new FundingDemo(mission, funding(mission), roadmap, java.time.LocalDate.now(clock)).load();
  }

  /** The mission's funding data is the mission's, not one organisation's: nothing private to remove. */
  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {}
}

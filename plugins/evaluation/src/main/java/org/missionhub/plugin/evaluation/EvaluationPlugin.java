package org.missionhub.plugin.evaluation;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.DashboardWidget;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.HealthCheckDefinition;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionCard;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PlatformPage;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.plugin.evaluation.demo.EvaluationDemo;
import org.missionhub.plugin.evaluation.rest.EvaluationResource;
import org.missionhub.plugin.evaluation.rest.OrganisationEvaluationResource;
import org.missionhub.plugin.evaluation.rest.PlatformEvaluationResource;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionEvent;
import org.missionhub.api.plugin.PluginSettings;
import org.missionhub.plugin.evaluation.feed.SurveyFeedSource;
import org.missionhub.plugin.evaluation.api.IndicatorFigures;
import org.missionhub.plugin.evaluation.api.MissionResults;
import org.missionhub.plugin.evaluation.feed.FeedSources;
import org.missionhub.plugin.evaluation.service.OfferedFigures;
import org.missionhub.plugin.evaluation.service.ExportedResults;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.service.FeedEvents;
import org.missionhub.plugin.evaluation.service.Access;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.IndicatorService;
import org.missionhub.plugin.evaluation.service.PlatformCoverageService;
import org.missionhub.plugin.evaluation.service.ReportReminders;
import org.missionhub.plugin.evaluation.store.CoverageReader;
import org.missionhub.plugin.evaluation.store.OrganisationEvaluation;
import org.missionhub.plugin.roadmap.api.PortfolioInitiatives;
import org.missionhub.plugin.roadmap.api.PortfolioReviews;

/**
 * The Monitoring and evaluation plugin (issue 15): a mission's indicators with baselines, targets per period
 * and values reported by the organisations responsible for them, verified by the mission's leaders, and
 * progress against the target path. The data is shared by the mission's organisations; who may change what
 * follows the mission roles ({@link Access}).
 */
public class EvaluationPlugin implements MissionHubPlugin {

  public static final String ID = "evaluation";

  /** The health check: the mission has an approved M&E plan whose questions indicators answer. */
  public static final String PLAN_APPROVED = "evaluation.plan-approved";

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder(ID)
          .name(LocalizedText.of("en", "Monitoring and evaluation", "fr", "Suivi et évaluation", "da", "Opfølgning og evaluering"))
          .description(
              LocalizedText.of(
                  "en", "The mission's theory of change from the roadmap\u2019s initiatives to the mission target, its indicators with baselines and targets per period, values reported by the organisations responsible and verified by the mission's leaders, progress against the target path, an M&E plan approved as a decision with its reporting schedule, progress rolled up to the target, and a learning log. Values import from spreadsheets, and the results go into the funding plugin's IATI activity file.",
                  "fr", "La théorie du changement de la mission, des initiatives de la feuille de route jusqu\u2019à sa cible, ses indicateurs avec situations de référence et cibles par période, les valeurs déclarées par les organisations responsables et vérifiées par les responsables de la mission, la progression par rapport à la trajectoire cible, un plan de suivi approuvé par décision avec son calendrier de déclaration, la progression consolidée jusqu\u2019à la cible, et un journal d’apprentissage. Les valeurs s\u2019importent de tableurs, et les résultats entrent dans le fichier d\u2019activités IATI du module de financement.",
                  "da", "Missionens forandringsteori fra køreplanens initiativer til missionens mål, dens indikatorer med udgangspunkter og mål pr. periode, værdier indberettet af de ansvarlige organisationer og verificeret af missionens ledere, fremdrift i forhold til målkurven, en evalueringsplan godkendt som beslutning med indberetningsplan, fremdriften samlet op til målet og en læringslog. Værdier importeres fra regneark, og resultaterne indgår i finansieringsudvidelsens IATI-aktivitetsfil."))
          .version("0.6.0")
          .apiVersions(PluginApi.VERSION)
          // the theory of change reads the roadmap's initiatives through its exported service
          .requires("roadmap", "[0.4.0,1.0.0)")
          // a mission survey's published figures feed indicators, when the survey plugin is installed
          .uses("survey", "[0.5.0,1.0.0)")
          // the mission's results, for the funding plugin's IATI file; where it offers its figures to feed indicators
          .exports(MissionResults.class.getPackageName())
          .build();

  private volatile EvaluationContext context;
  private volatile PluginContext platform;
  private volatile OrganisationEvaluation organisations;
  private volatile CoverageReader coverage;
  private volatile PlatformCoverageService platformCoverage;
  private volatile FeedEvents feedEvents;
  private volatile MissionResults results;
  private volatile IndicatorFigures figures;

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void start(PluginContext context) {
    this.platform = context;
    FeedSources sources = new FeedSources(SurveyFeedSource.of(context).stream().toList());
    this.context = new EvaluationContext(context.clock(), context.service(PortfolioInitiatives.class), context.service(PortfolioReviews.class), sources);
    feedEvents = new FeedEvents(context.database(), context.clock());
    figures = new OfferedFigures(sources, feedEvents);
    results = new ExportedResults(context.database());
    organisations = new OrganisationEvaluation(context.database());
    coverage = new CoverageReader(organisations);
    platformCoverage = new PlatformCoverageService(organisations);
    context.scheduler().every("report-reminders", reminderCheck(), new ReportReminders(context, context.clock()));
  }

  /**
   * The mission's results, for the funding plugin's IATI file, and where the funding plugin offers its figures to
   * feed indicators (evaluation 0.6.0); asked right after {@code start}.
   */
  @Override
  public List<org.missionhub.api.plugin.ServiceExport<?>> services() {
    return List.of(org.missionhub.api.plugin.ServiceExport.of(MissionResults.class, results),
        org.missionhub.api.plugin.ServiceExport.of(IndicatorFigures.class, figures));
  }

  /** A mission survey's results published: the indicators fed from its instrument get their values. */
  @Override
  public void onEvent(DomainEvent event, PluginSettings settings) {
    if (event instanceof MissionEvent about) {
      context.feed(IndicatorFeed.Kind.SURVEY).ifPresent(surveys -> SurveyFeedSource.publishedInstrument(event)
          .ifPresent(instrument -> feedEvents.published(surveys, event.organisationId(), about.missionId(), instrument)));
    }
  }

  /** How often the reminders job looks for values due: daily; a system property shortens it for tests. */
  private static Duration reminderCheck() {
    return Duration.ofSeconds(Long.getLong("missionhub.evaluation.reminder-check-seconds", Duration.ofDays(1).toSeconds()));
  }

  /** The platform's coverage, for the analysts' page. */
  public PlatformCoverageService platformCoverage() {
    return platformCoverage;
  }

  /** The organisation's coverage, for the workspace widget. */
  public CoverageReader coverage() {
    return coverage;
  }

  /** The clock, for the plugin's services and views. */
  public EvaluationContext context() {
    return context;
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/evaluation");
  }

  /** Every evaluation table is the mission's, shared by its organisations (contract 1.3.0). */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of(
        "evaluation_indicator", "evaluation_target", "evaluation_actual", "evaluation_plan", "evaluation_question", "evaluation_question_indicator", "evaluation_moment",
        "evaluation_learning", "evaluation_node", "evaluation_link", "evaluation_node_indicator", "evaluation_reminder",
        "evaluation_indicator_feed");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(
            Access.MANAGE,
            LocalizedText.of("en", "Manage the indicators, their baselines and targets", "fr", "Gérer les indicateurs, leurs situations de référence et leurs cibles", "da", "Styre indikatorerne, deres udgangspunkter og mål"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR)),
        new PermissionDefinition(
            Access.REPORT,
            LocalizedText.of("en", "Report the values of the indicators one's organisation is responsible for", "fr", "Déclarer les valeurs des indicateurs dont son organisation est responsable", "da", "Indberette værdier for de indikatorer, ens organisation er ansvarlig for"),
            Access.REPORTING_ROLES),
        new PermissionDefinition(
            Access.VERIFY,
            LocalizedText.of("en", "Verify or dispute reported values", "fr", "Vérifier ou contester les valeurs déclarées", "da", "Verificere eller bestride indberettede værdier"),
            Set.of(MissionRole.LEADER)),
        new PermissionDefinition(
            Access.LEARN,
            LocalizedText.of("en", "Write in the learning log", "fr", "Écrire dans le journal d’apprentissage", "da", "Skrive i læringsloggen"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR, MissionRole.INITIATOR, MissionRole.IMPLEMENTER, MissionRole.PARTICIPANT)));
  }

  /**
   * Indicators are discussed with the platform's comments (contract 1.10.0): everyone who sees the mission sees its
   * indicators. The title is the code and the English name: the platform writes it into other people's notices.
   */
  @Override
  public Optional<org.missionhub.api.plugin.DiscussableItem> discussableItem(MissionScope scope, String type, String id) {
    if (!"indicator".equals(type)) {
      return Optional.empty();
    }
    return new IndicatorService(scope, context).find(id)
        .map(i -> new org.missionhub.api.plugin.DiscussableItem(platform.text("evaluation.discussion.indicator"), i.code() + " · " + i.name().in(java.util.Locale.ENGLISH)));
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new EvaluationResource(scope, context));
  }

  @Override
  public Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.of(new OrganisationEvaluationResource(scope, coverage, context.clock()));
  }

  @Override
  public Optional<Object> platformResource(PlatformScope scope) {
    return Optional.of(new PlatformEvaluationResource(scope, platformCoverage));
  }

  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(ResourceMount.MISSION, EvaluationResource.class, ResourceMount.ORGANISATION, OrganisationEvaluationResource.class, ResourceMount.PLATFORM,
        PlatformEvaluationResource.class);
  }

  @Override
  public List<UiContribution> ui() {
    LocalizedText title = LocalizedText.of("en", "Indicators", "fr", "Indicateurs", "da", "Indikatorer");
    return List.of(
        new MissionTab("theory", LocalizedText.of("en", "Theory of change", "fr", "Théorie du changement", "da", "Forandringsteori"), 29, null, "org.missionhub.plugin.evaluation.ui.TheoryTab"),
        new MissionTab("indicators", title, 30, null, "org.missionhub.plugin.evaluation.ui.IndicatorsTab"),
        new MissionCard("progress", title, 30, null, "org.missionhub.plugin.evaluation.ui.IndicatorsCard"),
        new PlatformPage("platform-coverage", LocalizedText.of("en", "M&E coverage", "fr", "Couverture du suivi", "da", "Dækning af opfølgning"), "lumo:bar-chart", 20,
            "BENCHMARK_ANALYST", "org.missionhub.plugin.evaluation.ui.PlatformCoveragePage"),
        new DashboardWidget("coverage", LocalizedText.of("en", "Monitoring and evaluation", "fr", "Suivi et évaluation", "da", "Opfølgning og evaluering"), 30, false,
            "org.missionhub.plugin.evaluation.ui.CoverageWidget"));
  }

  /** A question of the mission health check (contract 1.3.0): the seed's 11%, per mission. */
  @Override
  public List<HealthCheckDefinition> healthChecks() {
    return List.of(
        new HealthCheckDefinition(
            PLAN_APPROVED,
            LocalizedText.of("en", "The mission has an approved monitoring and evaluation plan", "fr", "La mission a un plan de suivi et d’évaluation approuvé", "da", "Missionen har en godkendt plan for opfølgning og evaluering"),
            LocalizedText.of(
                "en", "Only one mission in ten has a clear plan for monitoring and evaluation; without one, nobody learns in time whether the portfolio works. Write the plan in the Indicators tab: questions, the indicators that answer them, when to evaluate; a leader approves it.",
                "fr", "Seule une mission sur dix a un plan clair de suivi et d’évaluation ; sans lui, personne ne sait à temps si le portefeuille fonctionne. Rédigez le plan dans l’onglet Indicateurs : questions, indicateurs qui y répondent, moments d’évaluation ; un responsable l’approuve.",
                "da", "Kun hver tiende mission har en klar plan for opfølgning og evaluering; uden den finder ingen i tide ud af, om porteføljen virker. Skriv planen under fanen Indikatorer: spørgsmål, de indikatorer, der besvarer dem, hvornår der evalueres; en leder godkender den.")));
  }

  @Override
  public Map<MissionId, Set<String>> passedHealthChecks(OrganisationId organisation, Collection<MissionId> missions) {
    Map<MissionId, Set<String>> passed = new HashMap<>();
    organisations.withApprovedPlan(organisation, missions).forEach(mission -> passed.put(mission, Set.of(PLAN_APPROVED)));
    return passed;
  }

  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/evaluation/messages");
  }

  @Override
  public List<DataHolding> organisationData(OrganisationId organisation) {
    return List.of(
        new DataHolding("indicators", LocalizedText.of("en", "Indicators it reports", "fr", "Indicateurs qu’elle déclare", "da", "Indikatorer, den indberetter"), organisations.indicatorsReported(organisation)),
        new DataHolding("values", LocalizedText.of("en", "Values it reported", "fr", "Valeurs qu’elle a déclarées", "da", "Værdier, den har indberettet"), organisations.valuesReported(organisation)));
  }

  @Override
  public void exportOrganisation(OrganisationId organisation, OrganisationExport export) {
    organisations.export(organisation, export);
  }

  /** Indicators with reported values for each demo mission (contract 1.3.0). */
  @Override
  public void demoData(MissionScope mission) {
    new EvaluationDemo(mission, context).load();
  }

  /** Removing the plugin's data: the indicators are the missions', not one organisation's; nothing private to remove. */
  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {}

  /** The indicators of the missions it led alone go; the continuing missions keep theirs (contract 1.3.0). */
  @Override
  public void onOrganisationErased(OrganisationId organisation, Set<MissionId> missionsDeleted) {
    organisations.eraseMissions(organisation, missionsDeleted);
  }
}

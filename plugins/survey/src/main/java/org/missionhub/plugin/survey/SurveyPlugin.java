package org.missionhub.plugin.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.MissionHubPlugin;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.MissionTab;
import org.missionhub.api.plugin.OrganisationPage;
import org.missionhub.api.plugin.OrganisationExport;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PermissionDefinition;
import org.missionhub.api.plugin.PlatformPage;
import org.missionhub.api.plugin.PublicPage;
import org.missionhub.api.plugin.PublicScope;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginApi;
import org.missionhub.api.plugin.PluginContext;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.api.plugin.UiContribution;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.plugin.survey.rest.SurveyPublicResource;
import org.missionhub.plugin.survey.service.OpenData;
import org.missionhub.plugin.survey.service.PublicationService;
import org.missionhub.plugin.survey.service.ResponseImports;
import org.missionhub.plugin.survey.store.PublicationStore;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.plugin.ServiceExport;
import org.missionhub.plugin.survey.api.MissionSurveyFigures;
import org.missionhub.plugin.survey.api.MissionSurveyPublished;
import org.missionhub.plugin.survey.service.ExportedFigures;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.JsonExport;
import org.missionhub.plugin.survey.rest.SurveyMissionResource;
import org.missionhub.plugin.survey.rest.SurveyOrganisationResource;
import org.missionhub.plugin.survey.rest.SurveyPlatformResource;
import org.missionhub.plugin.survey.service.AnsweringService;
import org.missionhub.plugin.survey.service.CampaignService;
import org.missionhub.plugin.survey.service.CampaignWorkshops;
import org.missionhub.plugin.survey.service.InstrumentJournal;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.service.MissionSurveyService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.service.WaveComparisons;
import org.missionhub.plugin.survey.service.HighlightsService;
import org.missionhub.plugin.survey.rest.CampaignReports;
import org.missionhub.plugin.survey.service.StandingService;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.OrganisationResponses;
import org.missionhub.plugin.survey.store.ResponseStore;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.template.Templates;

/**
 * The Surveys and benchmarking plugin: versioned instruments (the built-in missions needs-assessment
 * template, XLSForm), campaigns put to organisations, answers for each mission, results under disclosure
 * control, where an organisation stands, exports, and the pages for analysts, missions and organisations.
 */
public class SurveyPlugin implements MissionHubPlugin {

  private static final PluginDescriptor DESCRIPTOR =
      PluginDescriptor.builder("survey")
          .name(LocalizedText.of("en", "Surveys and benchmarking", "fr", "Enquêtes et étalonnage", "da", "Spørgeskemaer og benchmarking"))
          .description(
              LocalizedText.of(
                  "en", "Surveys of mission practitioners and cross-organisation benchmarks with safe aggregates: the missions needs-assessment template, campaigns answered for each mission, results with disclosure control, cross-tabulations and where your organisation stands against its peers; and each mission's own surveys to the people of its organisations. Filters on the results are being built.",
                  "fr", "Enquêtes auprès des acteurs des missions et étalonnages entre organisations, avec des agrégats sûrs : le modèle d’évaluation des besoins des missions, des campagnes auxquelles chaque mission répond, des résultats protégés, des tableaux croisés et la position de votre organisation face à ses pairs ; et les enquêtes propres à chaque mission auprès des personnes de ses organisations. Les filtres sur les résultats sont en cours de développement.",
                  "da", "Spørgeskemaer til missionsaktører og benchmarking på tværs af organisationer med sikre aggregater: skabelonen til behovsanalyse, kampagner som hver mission besvarer, beskyttede resultater, krydstabeller og hvor jeres organisation står i forhold til sammenlignelige; og hver missions egne spørgeskemaer til personerne i dens organisationer. Filtre på resultaterne er under udvikling."))
          .version("0.7.0")
          .apiVersions(PluginApi.VERSION)
          .exports(MissionSurveyFigures.class.getPackageName())
          .build();

  private final Templates templates = new Templates();
  private volatile PluginDatabase database;
  private volatile PluginContext platform;
  private volatile InstrumentStore instruments;
  private static final Logger LOG = Logger.getLogger(SurveyPlugin.class.getName());

  private volatile Clock clock;
  private volatile CampaignService campaigns;
  private volatile AnsweringService answering;
  private volatile ResultsService results;
  private volatile WaveComparisons waves;
  private volatile StandingService standing;
  private volatile HighlightsService highlights;
  private volatile CsvExport csvExport;
  private volatile JsonExport jsonExport;
  private volatile InstrumentService instrumentService;
  private volatile MissionSurveyService missionSurveys;
  private volatile ResponseStore responses;
  private volatile CampaignWorkshops campaignWorkshops;
  private volatile ExportedFigures figures;
  private volatile PublicationService publications;
  private volatile OpenData openData;
  private volatile ResponseImports imports;

  @Override
  public PluginDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void start(PluginContext context) {
    platform = context;
    database = context.database();
    instruments = new InstrumentStore(context.database());
    clock = context.clock();
    CampaignStore campaignStore = new CampaignStore(context.database());
    responses = new ResponseStore(context.database());
    campaigns = new CampaignService(campaignStore, instruments, responses, clock);
    campaignWorkshops = new CampaignWorkshops(campaigns, responses);
    answering = new AnsweringService(campaignStore, instruments, responses, clock);
    results = new ResultsService(instruments, new ResultsStore(context.database()), clock, context.timings());
    // campaigns answered before the counts were kept are counted off the start (it may take minutes at a million
    // responses; their reports count from the answers meanwhile)
    context.scheduler().every("count-answers", java.time.Duration.ofSeconds(Long.getLong("missionhub.survey.count-check-seconds", 300)),
        () -> countAnsweredBeforeCountsWereKept(context.database()));
    standing = new StandingService(results, responses);
    highlights = new HighlightsService(results, key -> context.text(key));
    csvExport = new CsvExport(context.database());
    jsonExport = new JsonExport(context.database());
    instrumentService = new InstrumentService(instruments, templates, clock);
    missionSurveys = new MissionSurveyService(campaignStore, campaigns, responses, context.events());
    figures = new ExportedFigures(campaignStore, results);
    waves = new WaveComparisons(instruments, results, clock);
    publications = new PublicationService(campaigns, new PublicationStore(context.database()), context.database());
    openData = new OpenData(results, highlights, key -> context.text(key));
    imports = new ResponseImports(instruments, campaignStore, responses, context.database(), clock);
    // a campaign or mission survey opening, closing or publishing its results is a notice to those it concerns
    context.scheduler().every("announcements", java.time.Duration.ofSeconds(Long.getLong("missionhub.survey.announce-check-seconds", 60)),
        new org.missionhub.plugin.survey.service.CampaignAnnouncements(context, campaignStore, clock));
  }

  /** Campaigns answered before survey 0.6.0 kept counts (migration V7) are counted once, from their answers; then there are none. */
  private static void countAnsweredBeforeCountsWereKept(PluginDatabase database) {
    org.missionhub.plugin.survey.store.AnswerCounts counts = new org.missionhub.plugin.survey.store.AnswerCounts(database);
    for (String campaign : counts.uncounted()) {
      var recount = counts.recount(campaign);
      LOG.info(() -> "Survey campaign " + campaign + ": " + recount.cells() + " result cells counted from its answers");
    }
  }

  /** The mission surveys' figures, for the evaluation plugin's indicators (survey 0.5.0). */
  @Override
  public List<ServiceExport<?>> services() {
    return List.of(ServiceExport.of(MissionSurveyFigures.class, figures));
  }

  /** Its own event: a mission survey's results were published. */
  @Override
  public List<Class<? extends DomainEvent>> events() {
    return List.of(MissionSurveyPublished.class);
  }

  /** The texts of its pages, in English, French and Danish (contract 1.3.0). */
  @Override
  public Optional<String> messages() {
    return Optional.of("org/missionhub/plugin/survey/messages");
  }

  @Override
  public List<UiContribution> ui() {
    return List.of(
        new MissionTab("surveys", LocalizedText.of("en", "Surveys", "fr", "Enquêtes", "da", "Spørgeskemaer"), 60, null, "org.missionhub.plugin.survey.ui.SurveysTab"),
        new OrganisationPage(
            "benchmarks", LocalizedText.of("en", "Benchmarks", "fr", "Étalonnages", "da", "Benchmarks"), "lumo:bar-chart", 60, false,
            "org.missionhub.plugin.survey.ui.BenchmarksPage"),
        new PlatformPage(
            "campaigns", LocalizedText.of("en", "Survey campaigns", "fr", "Campagnes d’enquête", "da", "Spørgeskemakampagner"), "lumo:bar-chart", 10,
            "BENCHMARK_ANALYST", "org.missionhub.plugin.survey.ui.CampaignsPage"),
        new PublicPage(
            "results", LocalizedText.of("en", "Published survey results", "fr", "Résultats d’enquêtes publiés", "da", "Offentliggjorte spørgeskemaresultater"), 10, true,
            "org.missionhub.plugin.survey.ui.PublicResultsPage"));
  }

  /** The plugin's services, for its own views. */
  public CampaignService campaigns() {
    return campaigns;
  }

  /** Workshops on campaigns' published results, which the platform runs (contract 1.11.0). */
  public CampaignWorkshops campaignWorkshops() {
    return campaignWorkshops;
  }

  public AnsweringService answering() {
    return answering;
  }

  public ResultsService results() {
    return results;
  }

  /** A question across the waves of its instrument (for the results views). */
  public WaveComparisons waves() {
    return waves;
  }

  public StandingService standing() {
    return standing;
  }

  /** Campaigns' results on the public page. */
  public PublicationService publications() {
    return publications;
  }

  /** Responses collected elsewhere, imported into a closed campaign. */
  public ResponseImports imports() {
    return imports;
  }

  /** What the public reads of a public campaign. */
  public OpenData openData() {
    return openData;
  }

  public HighlightsService highlights() {
    return highlights;
  }

  /** Where an analyst's writes to instruments made on a page are recorded: {@code log} (the platform's audit log), with the write. */
  public org.missionhub.plugin.survey.service.InstrumentJournal journal(java.util.function.Consumer<org.missionhub.api.plugin.AuditRecord> log) {
    return new org.missionhub.plugin.survey.service.InstrumentJournal(database, log);
  }

  public InstrumentService instruments() {
    return instrumentService;
  }

  public MissionSurveyService missionSurveys() {
    return missionSurveys;
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(
        new PermissionDefinition(
            MissionSurveyService.RUN,
            LocalizedText.of(
                "en", "Run the mission's own surveys (create, close, publish results)", "fr", "Mener les enquêtes propres à la mission (créer, clore, publier)",
                "da", "Køre missionens egne spørgeskemaer (oprette, lukke, offentliggøre)"),
            Set.of(MissionRole.LEADER, MissionRole.COORDINATOR)));
  }

  public CsvExport csvExport() {
    return csvExport;
  }

  @Override
  public Optional<String> migrations() {
    return Optional.of("db/migration/survey");
  }

  /**
   * A mission answers a campaign once, whichever of its organisations writes the answers: drafts and
   * identified responses are seen by the mission's organisations (anonymous responses keep no mission and
   * stay with their organisation).
   */
  @Override
  public Set<String> missionSharedTables() {
    return Set.of("survey_draft", "survey_response");
  }

  /** The organisation's drafts and submitted responses (contract 1.3.0). */
  @Override
  public List<DataHolding> organisationData(OrganisationId organisation) {
    ResponseStore.Held held = responses.heldBy(organisation);
    return List.of(
        new DataHolding("drafts", LocalizedText.of("en", "Answers being written", "fr", "Réponses en cours de rédaction", "da", "Svar under udarbejdelse"), held.drafts()),
        new DataHolding("responses", LocalizedText.of("en", "Submitted responses", "fr", "Réponses envoyées", "da", "Indsendte svar"), held.responses()),
        new DataHolding("instruments", LocalizedText.of("en", "Questionnaires of its own", "fr", "Questionnaires propres", "da", "Egne spørgeskemaer"),
            instruments.count(org.missionhub.plugin.survey.version.InstrumentOwner.organisation(organisation.toString()))));
  }

  /** The organisation's responses and drafts, into its export (contract 1.3.0). */
  @Override
  public void exportOrganisation(OrganisationId organisation, OrganisationExport export) {
    new OrganisationResponses(database).export(organisation, export);
  }

  /**
   * Deletes the organisation's drafts and responses; benchmark results then no longer count them. Mission
   * surveys it runs stay, with the other organisations' responses.
   */
  @Override
  public void onOrganisationDeleted(OrganisationId organisation) {
    responses.deleteOrganisation(organisation);
  }

  /**
   * The organisation leaves MissionHub (contract 1.3.0): its drafts and its answers to campaigns still
   * open go; its responses to closed campaigns stay counted in their results, with no organisation,
   * mission or person left on them.
   */
  @Override
  public void onOrganisationErased(OrganisationId organisation, Set<MissionId> missionsDeleted) {
    int[] done = responses.eraseOrganisation(organisation, OffsetDateTime.now(clock));
    LOG.info(() -> "Erased organisation " + organisation + ": " + done[0] + " drafts and " + done[1] + " open responses deleted, " + done[2] + " closed responses anonymised");
  }

  @Override
  public Optional<Object> platformResource(PlatformScope scope) {
    return Optional.of(new SurveyPlatformResource(scope, database, templates, instrumentService, campaigns, new CampaignReports(results, waves, highlights, csvExport, jsonExport), campaignWorkshops,
        publications, imports));
  }

  /** The campaigns an analyst made public, read by anyone without a token (contract 1.14.0). */
  @Override
  public Optional<Object> publicResource(PublicScope scope) {
    return Optional.of(new SurveyPublicResource(publications, openData));
  }

  @Override
  public Optional<Object> organisationResource(OrganisationScope scope) {
    return Optional.of(new SurveyOrganisationResource(scope, answering, standing, campaignWorkshops, highlights));
  }

  /** Its resources' classes, for the API's OpenAPI document (contract 1.3.0). */
  @Override
  public Map<ResourceMount, Class<?>> resourceClasses() {
    return Map.of(
        ResourceMount.MISSION, SurveyMissionResource.class,
        ResourceMount.ORGANISATION, SurveyOrganisationResource.class,
        ResourceMount.PLATFORM, SurveyPlatformResource.class,
        ResourceMount.PUBLIC, SurveyPublicResource.class);
  }

  /** The demo's questionnaire: the built-in template, copied and published once for every demo mission. */
  static final String DEMO_INSTRUMENT = "needs_assessment_demo";

  /**
   * Each demo mission has its own survey open for a month on the built-in questionnaire, so its Surveys tab has
   * something to answer (contract 1.3.0); the platform's copy of the template is made and published the first time.
   */
  @Override
  public void demoData(MissionScope mission) {
    demoPulse(mission);
    var version = demoInstrument(mission.caller().subject());
    OffsetDateTime now = missionSurveys.now();
    missionSurveys.create(mission, new org.missionhub.plugin.survey.campaign.CampaignForm(
        "How are we working together?", "Five minutes on how the mission works across its organisations.",
        new org.missionhub.plugin.survey.campaign.CampaignForm.InstrumentRef(version.code(), version.number(), null), null, null, false, true, 3,
        now.minusHours(1).toString(), now.plusDays(30).toString()));
  }

  /**
   * The demo organisation's own questionnaire (a quarterly pulse), published, so that a leader finds one under
   * "Questionnaires of ..." in the Surveys tab and can put it to a mission; made once per organisation.
   */
  private void demoPulse(MissionScope mission) {
    InstrumentService own = instrumentService.ofOrganisation(mission.organisationId().toString()).recordedIn(new InstrumentJournal(mission.database(), mission::audit));
    if (own.latest().isEmpty()) {
      try (var in = SurveyPlugin.class.getResourceAsStream("demo/mission-pulse.json")) {
        var pulse = org.missionhub.plugin.survey.json.InstrumentJson.read(jakarta.json.bind.JsonbBuilder.create(),
            new String(java.util.Objects.requireNonNull(in, "the demo's pulse").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        var first = own.firstVersion(pulse, mission.caller().subject());
        own.publish(first.code(), first.number(), first.revision());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The demo's published copy of the needs-assessment template (made by the first who needs it). */
  private org.missionhub.plugin.survey.version.InstrumentVersion demoInstrument(String by) {
    var version = instrumentService.latest().stream().filter(v -> v.code().equals(DEMO_INSTRUMENT)).findFirst()
        .orElseGet(() -> instrumentService.fromTemplate(DEMO_INSTRUMENT, org.missionhub.plugin.survey.template.NeedsAssessmentTemplate.CODE, by));
    return version.isDraft() ? instrumentService.publish(version.code(), version.number(), version.revision()) : version;
  }

  /**
   * The demo's earlier wave (contract 1.14.0): 141 responses to the needs assessment built to the shares the
   * OECD / Danish Design Centre workshop deck published (demo/needs-assessment-2024.csv), imported as the
   * analyst would, its results published and put on the public page, so that the demo shows the highlights
   * report, where an organisation stands against it, waves compared, and the public page.
   */
  @Override
  public void platformDemoData(PlatformScope analyst) {
    var version = demoInstrument(analyst.caller().subject());
    String csv;
    try (var in = SurveyPlugin.class.getResourceAsStream("demo/needs-assessment-2024.csv")) {
      csv = new String(java.util.Objects.requireNonNull(in, "the demo wave").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    var imported = imports.run(new ResponseImports.ImportForm(
        "Missions needs assessment 2024 (workshop survey)",
        "The earlier wave, run before MissionHub: demo data built to the shares the OECD / Danish Design Centre workshop deck published.",
        new org.missionhub.plugin.survey.campaign.CampaignForm.InstrumentRef(version.code(), version.number(), null), "2024-03-01", "2024-04-30", 5,
        "needs-assessment-2024.csv", csv, Map.of(), false, null), analyst);
    var campaign = campaigns.find(imported.campaignId());
    campaigns.publishResults(campaign.id(), campaign.revision());
    publications.publish(campaign.id(), new org.missionhub.plugin.survey.publication.PublicationForm("OECD Mission Action Lab", "CC-BY-4.0"), analyst);
  }

  /**
   * A mission survey's results are discussed with the platform's comments (contract 1.10.0) by whoever sees them:
   * once published everyone who sees the mission, before that those who run the survey.
   */
  @Override
  public Optional<org.missionhub.api.plugin.DiscussableItem> discussableItem(MissionScope scope, String type, String id) {
    if (!"results".equals(type)) {
      return Optional.empty();
    }
    return missionSurveys.visibleResults(scope, id).map(s -> new org.missionhub.api.plugin.DiscussableItem(platform.text("survey.discussion.results"), s.settings().title()));
  }

  @Override
  public Optional<Object> missionResource(MissionScope scope) {
    return Optional.of(new SurveyMissionResource(scope, answering, missionSurveys, results, waves, instrumentService));
  }
}

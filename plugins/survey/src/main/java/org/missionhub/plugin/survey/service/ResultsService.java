package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.PluginTimings;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.results.CrossTabResult;
import org.missionhub.plugin.survey.results.CrossTabs;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.results.FilteredReports;
import org.missionhub.plugin.survey.results.QuestionReports;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.store.AnswerCounts;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResultsStore;

/**
 * A campaign's safe results. Once a campaign is closed its answers never change, so a question's report
 * is computed once and kept (a bounded cache); while it is open every request counts afresh.
 */
public final class ResultsService {

  private static final int CACHED_REPORTS = 500;

  private final InstrumentStore instruments;
  private final ResultsStore store;
  private final QuestionReports reports;
  private final CrossTabs crossTabs;
  private final FilteredReports filteredReports;
  private final Clock clock;
  private final PluginTimings timings;
  private final ClosedCache<QuestionResult> closedReports = new ClosedCache<>(CACHED_REPORTS);
  private final ClosedCache<CrossTabResult> closedCrossTabs = new ClosedCache<>(CACHED_REPORTS);

  public ResultsService(InstrumentStore instruments, ResultsStore store, Clock clock) {
    this(instruments, store, clock, PluginTimings.untimed());
  }

  /** With {@code timings} recording each report, filtered report and cross-tabulation computed (not those read from the cache). */
  public ResultsService(InstrumentStore instruments, ResultsStore store, Clock clock, PluginTimings timings) {
    this.instruments = instruments;
    this.store = store;
    this.reports = new QuestionReports(store);
    this.crossTabs = new CrossTabs(store);
    this.filteredReports = new FilteredReports(store);
    this.clock = clock;
    this.timings = timings;
  }

  /** Every question's overall result, with the breakdowns each offers: the campaign's headline report. */
  public record Overview(String campaignId, String title, Long respondents, int minimumCellSize, List<QuestionResult> questions) {}

  public Overview overview(Campaign campaign, Locale locale) {
    Instrument instrument = instrument(campaign);
    long total = store.respondents(campaign.id(), java.util.Optional.empty());
    int k = campaign.settings().minimumCellSize();
    List<QuestionResult> questions = instrument.questions().stream().filter(q -> q.type() != QuestionType.NOTE).map(q -> headline(question(campaign, q, locale))).toList();
    return new Overview(campaign.id(), campaign.settings().title(), total < k ? null : total, k, questions);
  }

  /** One question with every breakdown offered. */
  public QuestionResult question(Campaign campaign, String code, Locale locale) {
    Question question = instrument(campaign).question(code).orElseThrow(() -> PluginProblem.notFound("Question " + code));
    if (question.type() == QuestionType.NOTE) {
      throw PluginProblem.notFound("Question " + code);
    }
    return question(campaign, question, locale);
  }

  private QuestionResult question(Campaign campaign, Question question, Locale locale) {
    return keptOnceClosed(campaign, closedReports, question.code() + "/" + locale.getLanguage(),
        () -> timings.time("report", () -> reports.report(campaign.id(), campaign.settings().minimumCellSize(), instrument(campaign), question, locale)));
  }

  /**
   * Computed afresh while the campaign may still take answers, once (then kept) after it closed. Kept under
   * the campaign's revision, which a repair of its counts raises: another server that kept the old numbers
   * reads the new revision with the campaign and counts again.
   */
  private <T> T keptOnceClosed(Campaign campaign, ClosedCache<T> cache, String key, Supplier<T> compute) {
    if (campaign.status(OffsetDateTime.now(clock)) != CampaignStatus.CLOSED) {
      return compute.get();
    }
    return cache.get(campaign.id() + "/" + campaign.revision() + "/" + key, compute);
  }

  /**
   * One question within one group of one of its published breakdowns: {@code filter} is
   * {@code <dimension>:<group>}, e.g. {@code organisationType:NATIONAL_GOVERNMENT}.
   */
  public QuestionResult filtered(Campaign campaign, String code, String filter, Locale locale) {
    Question question = instrument(campaign).question(code).filter(q -> q.type() != QuestionType.NOTE).orElseThrow(() -> PluginProblem.notFound("Question " + code));
    int colon = filter == null ? -1 : filter.indexOf(':');
    Optional<Dimension> within = colon < 0 ? Optional.empty() : Dimension.fromApiName(filter.substring(0, colon));
    if (within.isEmpty() || colon == filter.length() - 1) {
      throw PluginProblem.invalid("filter", "must be <dimension>:<group>, the dimension one of "
          + java.util.Arrays.stream(Dimension.values()).map(Dimension::apiName).toList() + " and the group one of its published rows");
    }
    if (!FilteredReports.accepts(question)) {
      throw PluginProblem.invalid("filter", "applies to closed questions (single or multiple choice, scale, country), not to " + code);
    }
    String group = filter.substring(colon + 1);
    // checked against the published report first: a group it does not show costs no count and no cache entry
    QuestionResult published = question(campaign, question, locale);
    if (!FilteredReports.isPublishedGroup(published, within.get(), group)) {
      return FilteredReports.notShown(published, question, within.get(), locale);
    }
    return keptOnceClosed(campaign, closedReports, code + "/" + locale.getLanguage() + "/" + filter,
        () -> timings.time("filtered_report", () -> filteredReports.report(campaign.id(), campaign.settings().minimumCellSize(), question, within.get(), group, locale)));
  }

  /**
   * Two closed questions against each other ({@code rows} by {@code columns}), protected together
   * with both questions' published reports.
   */
  public CrossTabResult crossTab(Campaign campaign, String rows, String columns, Locale locale) {
    Instrument instrument = instrument(campaign);
    CrossTabs.Side first = crossTabbed(instrument, "rows", rows);
    CrossTabs.Side second = crossTabbed(instrument, "columns", columns);
    if (first.key().equals(second.key())) {
      throw PluginProblem.invalid("columns", "must be a different question from rows");
    }
    return keptOnceClosed(campaign, closedCrossTabs, first.key() + "/" + second.key() + "/" + locale.getLanguage(),
        () -> timings.time("crosstab", () -> crossTabs.crossTab(campaign.id(), campaign.settings().minimumCellSize(), first, second, locale)));
  }

  /** A question, or a matrix item as {@code <matrix>.<item>}, that can be a side of a cross-tabulation. */
  private static CrossTabs.Side crossTabbed(Instrument instrument, String field, String code) {
    if (code == null || code.isBlank()) {
      throw PluginProblem.invalid(field, "is required: the code of a question (or <matrix>.<item>)");
    }
    int dot = code.indexOf('.');
    if (dot > 0) {
      Question matrix = instrument.question(code.substring(0, dot)).filter(q -> q.type() == QuestionType.MATRIX)
          .orElseThrow(() -> PluginProblem.invalid(field, "is not a matrix item of this campaign: " + code));
      return matrix.items().stream().filter(i -> i.code().equals(code.substring(dot + 1))).findFirst().map(i -> CrossTabs.Side.item(matrix, i))
          .orElseThrow(() -> PluginProblem.invalid(field, "is not a matrix item of this campaign: " + code));
    }
    Question question = instrument.question(code).orElseThrow(() -> PluginProblem.invalid(field, "is not a question of this campaign: " + code));
    if (!CrossTabs.accepts(question)) {
      throw PluginProblem.invalid(field, "must be a closed question: single or multiple choice, scale, country, or a matrix item as <matrix>.<item> ("
          + code + " is " + question.type().name().toLowerCase(Locale.ROOT) + ")");
    }
    return CrossTabs.Side.of(question);
  }

  /**
   * The repair command: the campaign's kept counts checked against a recount of its answers, and put right
   * where they differ (then its kept reports are dropped, so that the next read counts afresh).
   */
  public AnswerCounts.Recount recount(Campaign campaign) {
    AnswerCounts.Recount recount = store.recount(campaign.id());
    if (recount.corrected() > 0) {
      closedReports.forget(campaign.id() + "/");
      closedCrossTabs.forget(campaign.id() + "/");
    }
    return recount;
  }

  public Instrument instrument(Campaign campaign) {
    return instruments.version(campaign.settings().instrumentOwner(), campaign.settings().instrumentCode(), campaign.settings().instrumentVersion()).orElseThrow().definition();
  }

  /** The overall row only, and the names of the breakdowns on offer. */
  private static QuestionResult headline(QuestionResult full) {
    List<String> offered = full.breakdowns().stream().map(QuestionResult.Table::by).toList();
    return new QuestionResult(
        full.question(), full.label(), full.type(), full.respondents(), full.withheld(), full.categories(), full.overall(),
        offered.stream().map(by -> new QuestionResult.Table(by, List.of())).toList(), full.notOffered(), full.items().stream().map(ResultsService::headline).toList());
  }
}

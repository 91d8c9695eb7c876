package org.missionhub.plugin.evaluation.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.feed.FeedChoice;
import org.missionhub.plugin.evaluation.feed.FeedSource;
import org.missionhub.plugin.evaluation.feed.FeedSync;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.IndicatorFeed;
import org.missionhub.plugin.evaluation.service.Forms.FeedForm;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.FeedStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;

/**
 * Indicators fed from other plugins' figures (a mission survey's published result): the managers choose
 * the figure among those the mission's data offers, and its values are written at once and whenever a survey
 * on the instrument is published ({@link FeedEvents}); whoever reports the indicator may update it by hand.
 */
public final class FeedService {

  /** The mission's feeds, and the figures on offer. */
  public record Feeds(List<IndicatorFeed> feeds, List<FeedChoice> choices, List<IndicatorFeed.Kind> available) {}

  private final MissionScope scope;
  private final EvaluationContext context;
  private final Access access;
  private final FeedStore feeds = new FeedStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public FeedService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Feeds list(Locale locale) {
    List<IndicatorFeed> all = scope.database().inTransaction(c -> feeds.all(c, mission()));
    List<FeedChoice> choices = context.feeds().stream().flatMap(f -> f.choices(scope, locale).stream()).toList();
    return new Feeds(all, choices, context.feeds().stream().map(FeedSource::kind).toList());
  }

  /** Feeds the indicator from a figure, and writes its values at once. */
  public FeedSync.Outcome set(String indicatorId, FeedForm form) {
    access.requireManage();
    FeedForm given = form == null ? new FeedForm(null, null, null, null) : form;
    Fields f = new Fields();
    IndicatorFeed.Kind kind = f.choice("kind", given.kind(), IndicatorFeed.Kind.class, null);
    f.check();
    FeedSource source = context.feed(kind).orElseThrow(() -> PluginProblem.invalid("kind", kind == IndicatorFeed.Kind.SURVEY
        ? "needs the survey plugin, which is not installed"
        : "needs the funding plugin, which is not installed"));
    String question = f.text("question", given.question(), 100, true);
    String sourceCode = f.text("source", given.source(), 100, true);
    String option = f.text("option", given.option(), 100, false);
    f.check();
    IndicatorFeed feed = new IndicatorFeed(indicatorId, kind, sourceCode, question, option, 1);
    if (source.choices(scope, Locale.ENGLISH).stream().noneMatch(ch -> ch.offers(feed))) {
      throw PluginProblem.invalid(option == null ? "question" : "option", "is not a figure the mission's " + (kind == IndicatorFeed.Kind.SURVEY ? "surveys give" : "funding plan gives")
          + ": choose one of GET .../evaluation/feeds");
    }
    return scope.database().inTransaction(c -> {
      Indicator indicator = indicators.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      feeds.put(c, writer(), mission(), feed, now());
      scope.audit(AuditRecord.updated("indicator-feed", indicatorId, Map.of("indicator", indicator.code()), Map.of("indicator", indicator.code(), "kind", kind.name(),
          "source", sourceCode, "question", question, "option", option == null ? "" : option)));
      return new FeedSync().apply(c, writer(), mission(), indicator, actuals.all(c, mission()), source.figures(scope.organisationId(), scope.missionId(), feed), now());
    });
  }

  /** Stops feeding the indicator; the values written stay. */
  public void remove(String indicatorId) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Indicator indicator = indicators.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      if (!feeds.delete(c, mission(), indicatorId)) {
        throw PluginProblem.notFound("Feed");
      }
      scope.audit(AuditRecord.deleted("indicator-feed", indicatorId, Map.of("indicator", indicator.code())));
      return null;
    });
  }

  /** Writes the feed's figures now (after a survey was published while its listener was down, say). */
  public FeedSync.Outcome update(String indicatorId) {
    return scope.database().inTransaction(c -> {
      Indicator indicator = indicators.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Indicator"));
      access.requireReport(indicator);
      IndicatorFeed feed = feeds.find(c, mission(), indicatorId).orElseThrow(() -> PluginProblem.notFound("Feed"));
      FeedSource source = context.feed(feed.kind()).orElseThrow(() -> PluginProblem.conflict("The plugin that feeds this indicator is not installed"));
      return new FeedSync().apply(c, writer(), mission(), indicator, actuals.all(c, mission()), source.figures(scope.organisationId(), scope.missionId(), feed), now());
    });
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(context.clock());
  }
}

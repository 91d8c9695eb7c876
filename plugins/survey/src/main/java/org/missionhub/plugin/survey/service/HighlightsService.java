package org.missionhub.plugin.survey.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.highlights.HighlightsLayout;
import org.missionhub.plugin.survey.highlights.HighlightsPdf;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * A campaign's highlights report, as data and as PDF. Every number comes from the campaign's published
 * per-question results (the same reports, the same disclosure control), never from a count of its own.
 */
public final class HighlightsService {

  private final ResultsService results;
  private final Function<String, LocalizedText> texts;

  public HighlightsService(ResultsService results, Function<String, LocalizedText> texts) {
    this.results = Objects.requireNonNull(results, "results");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  public Highlights highlights(Campaign campaign, Locale locale) {
    ResultsService.Overview overview = results.overview(campaign, locale);
    Map<String, QuestionResult> byCode = overview.questions().stream().collect(Collectors.toMap(QuestionResult::question, q -> q));
    List<Highlights.Chapter> chapters = new ArrayList<>();
    for (HighlightsLayout.Chapter chapter : HighlightsLayout.of(results.instrument(campaign), texts).chapters()) {
      List<QuestionResult> questions = chapter.questions().stream().map(byCode::get).filter(Objects::nonNull).map(HighlightsService::overallOnly).toList();
      if (!questions.isEmpty()) {
        chapters.add(new Highlights.Chapter(chapter.title().in(locale), questions));
      }
    }
    return new Highlights(campaign.id(), overview.title(), locale.getLanguage(), overview.respondents(), overview.minimumCellSize(), campaign.resultsPublished(), chapters);
  }

  /** The report as a PDF document, charts drawn as vectors, in the reader's language. */
  public byte[] pdf(Campaign campaign, Locale locale) {
    return new HighlightsPdf(labels(locale), locale).render(highlights(campaign, locale));
  }

  private HighlightsPdf.Labels labels(Locale locale) {
    return new HighlightsPdf.Labels(
        texts.apply("survey.highlights.report").in(locale),
        texts.apply("survey.respondents").in(locale),
        texts.apply("survey.highlights.withheld").in(locale),
        texts.apply("survey.tooFew").in(locale),
        texts.apply("survey.mean").in(locale),
        texts.apply("survey.median").in(locale),
        texts.apply("survey.highlights.minimumCell").in(locale),
        texts.apply("survey.highlights.notPublished").in(locale),
        texts.apply("survey.highlights.page").in(locale));
  }

  /** The overall row alone: a highlight has no breakdown tables. */
  private static QuestionResult overallOnly(QuestionResult q) {
    return new QuestionResult(q.question(), q.label(), q.type(), q.respondents(), q.withheld(), q.categories(), q.overall(), List.of(), List.of(),
        q.items().stream().map(HighlightsService::overallOnly).toList());
  }
}

package org.missionhub.plugin.survey.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.export.ResultsCodebook;
import org.missionhub.plugin.survey.export.ResultsTable;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.publication.DatasetDescription;
import org.missionhub.plugin.survey.publication.PublicCampaign;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * What the public reads of a public campaign: its highlights, its per-question results and its open data.
 * Everything is read from the published results ({@link ResultsService}, whose reports of a closed campaign
 * are computed once and kept), so nothing here counts on its own or shows what the product withholds.
 */
public final class OpenData {

  /** The downloads a public campaign offers, as its DCAT description lists them. */
  public static final List<DatasetDescription.Download> DOWNLOADS = List.of(
      new DatasetDescription.Download("results.csv", "Published results (CSV, one line per question, group and answer)", "text/csv"),
      new DatasetDescription.Download("results-codebook.csv", "Codebook of the results table (CSV, English, French and Danish)", "text/csv"),
      new DatasetDescription.Download("highlights.pdf", "Highlights report (PDF)", "application/pdf"));

  private final ResultsService results;
  private final HighlightsService highlights;
  private final Function<String, LocalizedText> texts;

  public OpenData(ResultsService results, HighlightsService highlights, Function<String, LocalizedText> texts) {
    this.results = Objects.requireNonNull(results, "results");
    this.highlights = Objects.requireNonNull(highlights, "highlights");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  public Highlights highlights(PublicCampaign published, Locale locale) {
    return highlights.highlights(published.campaign(), locale);
  }

  public byte[] highlightsPdf(PublicCampaign published, Locale locale) {
    return highlights.pdf(published.campaign(), locale);
  }

  public QuestionResult question(PublicCampaign published, String code, Locale locale) {
    return results.question(published.campaign(), code, locale);
  }

  /** Every question with figures, with every breakdown, as published, in the instrument's order. */
  public List<QuestionResult> published(Campaign campaign, Locale locale) {
    return results.instrument(campaign).questions().stream()
        .filter(q -> q.type() != QuestionType.NOTE && q.type() != QuestionType.TEXT_SHORT && q.type() != QuestionType.TEXT_LONG && q.type() != QuestionType.DATE)
        .map(q -> results.question(campaign, q.code(), locale))
        .toList();
  }

  public byte[] resultsCsv(PublicCampaign published, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ResultsTable.write(published(published.campaign(), locale), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public byte[] codebookCsv(PublicCampaign published) {
    Map<Locale, List<QuestionResult>> byLanguage = new LinkedHashMap<>();
    for (Locale language : ResultsCodebook.LANGUAGES) {
      byLanguage.put(language, published(published.campaign(), language));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new ResultsCodebook(texts).write(byLanguage, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

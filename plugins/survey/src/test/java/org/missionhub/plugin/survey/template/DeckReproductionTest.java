package org.missionhub.plugin.survey.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.plugin.survey.export.SurveyData.TEMPLATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.export.SurveyData;
import org.missionhub.plugin.survey.highlights.Highlights;
import org.missionhub.plugin.survey.service.HighlightsService;
import org.missionhub.plugin.survey.service.ResultsService;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.results.QuestionReports;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.testing.MigratedDatabase;

/**
 * The template gives back the workshop deck's charts: 141 responses built to the deck's published marginals
 * (64 % currently involved; top-down 46 %, bottom-up 54 %; getting started 27 %; the drivers' shares; 30 % national
 * government, 24 % private sector), one mission each, minimum cell 5, reported by the product's own results.
 * The mission-practice questions are over all 141 respondents, as in the deck (N: 141), since those not involved at
 * the moment answer about the mission they know best.
 */
class DeckReproductionTest {

  private static final int RESPONDENTS = 141;

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyData survey = new SurveyData(database);

  @AfterEach
  void close() throws java.sql.SQLException {
    database.close();
  }

  @Test
  void theMissionPracticeChartsComeBackOverAllRespondentsAsTheDeckShowsThem() {
    submitTheDecksResponses();

    assertThat(percents("involved")).containsEntry("yes", 64L);
    assertThat(percents("setting")).containsEntry("top_down", 46L).containsEntry("bottom_up", 54L);
    assertThat(respondents("phase")).as("phase over every respondent, N: 141").isEqualTo(RESPONDENTS);
    assertThat(percents("phase")).containsEntry("getting_started", 27L);
    assertThat(percents("external_drivers")).containsEntry("collaboration", 34L).containsEntry("global_challenges", 21L).containsEntry("economic", 13L)
        .containsEntry("direction", 12L).containsEntry("individuals", 4L);
    assertThat(percents("internal_drivers")).containsEntry("strategy", 24L).containsEntry("policy", 18L).containsEntry("impact", 15L)
        .containsEntry("capacity", 8L).containsEntry("method", 7L);
    assertThat(percents("organisation_type")).containsEntry("national_government", 30L).containsEntry("private", 24L)
        .doesNotContainKey("international").as("3 international respondents are withheld, and a complement with them");
  }

  @Test
  void theHighlightsReportLaysTheResultsOutAsTheDeckDoesWithTheSameNumbersOnScreenAndInItsPdf() throws Exception {
    submitTheDecksResponses();
    HighlightsService service = new HighlightsService(
        new ResultsService(new InstrumentStore(database), new ResultsStore(database), Clock.systemUTC()), DeckReproductionTest::text);

    Highlights report = service.highlights(survey.campaign(), Locale.ENGLISH);
    assertThat(report.respondents()).isEqualTo(RESPONDENTS);
    assertThat(report.chapters()).extracting(Highlights.Chapter::title)
        .containsExactly("Who answered", "Mission practice", "Mission design", "What makes mission work possible", "Funding", "Risks, challenges and support needs");
    assertThat(report.chapters().get(1).questions()).extracting(QuestionResult::question).containsExactly("setting", "phase", "challenge_field");
    for (Highlights.Chapter chapter : report.chapters()) {
      for (QuestionResult highlight : chapter.questions()) {
        QuestionResult full = report(highlight.question());
        assertThat(highlight.overall()).as("the highlight of %s is its published overall result", highlight.question()).isEqualTo(full.overall());
        assertThat(highlight.respondents()).isEqualTo(full.respondents());
      }
    }

    String english = text(service.pdf(survey.campaign(), Locale.ENGLISH));
    assertThat(english).contains("Needs assessment 2026", "Who answered", "Mission practice", "What phase is your mission in?",
        "Getting started (setting up the mission, getting", "27 % (38)", "63.8 % (90)", "withheld", "Page 1 of");
    String french = text(service.pdf(survey.campaign(), Locale.FRENCH));
    assertThat(french).contains("Qui a répondu", "Pratique des missions", "À quelle phase se trouve votre mission ?", "63,8 % (90)", "masqué", "Page 1 sur");
    try (PDDocument pdf = Loader.loadPDF(service.pdf(survey.campaign(), Locale.forLanguageTag("da")))) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Needs assessment 2026 · Hovedresultater");
      assertThat(pdf.getNumberOfPages()).as("six chapters of charts do not fit one page").isGreaterThan(1);
    }
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The plugin's own translations, as the platform hands them to it. */
  private static LocalizedText text(String key) {
    String[] pairs = new String[6];
    String[] languages = {"en", "fr", "da"};
    for (int i = 0; i < languages.length; i++) {
      pairs[2 * i] = languages[i];
      pairs[2 * i + 1] = ResourceBundle.getBundle("org/missionhub/plugin/survey/messages", Locale.forLanguageTag(languages[i])).getString(key);
    }
    return LocalizedText.of(pairs);
  }

  private void submitTheDecksResponses() {
    List<String> involved = column(Map.of("yes", 90, "previously", 51));
    List<String> setting = column(Map.of("top_down", 65, "bottom_up", 76));
    List<String> phase = column(ordered("getting_started", 38, "middle", 87, "end", 16));
    List<String> external = column(ordered("collaboration", 48, "global_challenges", 30, "economic", 18, "direction", 17, "individuals", 6, "other", 22));
    List<String> internal = column(ordered("strategy", 34, "policy", 25, "impact", 21, "capacity", 11, "method", 10, "other", 40));
    List<String> types = column(ordered("national_government", 42, "private", 34, "ngo", 20, "local_government", 16, "academia", 14, "regional_government", 6,
        "foundation", 6, "international", 3));
    for (int i = 0; i < RESPONDENTS; i++) {
      // the columns are shuffled against each other by taking them at different strides
      Map<String, List<String>> answers = SurveyData.answers(
          "involved", List.of(involved.get(i)), "role", List.of("participant"), "country", List.of(i % 3 == 0 ? "FR" : "DK"),
          "organisation_type", List.of(types.get((i * 7) % RESPONDENTS)),
          "setting", List.of(setting.get((i * 11) % RESPONDENTS)), "phase", List.of(phase.get((i * 13) % RESPONDENTS)),
          "challenge_field", List.of("health_wellbeing"),
          "external_drivers", List.of(external.get((i * 17) % RESPONDENTS)), "external_drivers_other", other(external.get((i * 17) % RESPONDENTS)),
          "internal_drivers", List.of(internal.get((i * 19) % RESPONDENTS)), "internal_drivers_other", other(internal.get((i * 19) % RESPONDENTS)));
      answers.values().removeIf(java.util.Objects::isNull);
      survey.submit(LocalDate.of(2026, 3, 2), SurveyData.facts("NGO", i % 2 == 0 ? "DK" : "FR"), answers);
    }
  }

  /** The values in order, each as many times as given. */
  private static List<String> column(Map<String, Integer> counts) {
    List<String> values = new ArrayList<>();
    counts.forEach((value, n) -> values.addAll(java.util.Collections.nCopies(n, value)));
    assertThat(values).hasSize(RESPONDENTS);
    return values;
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }

  private static List<String> other(String value) {
    return value.equals("other") ? List.of("Something else") : null;
  }

  private QuestionResult report(String question) {
    return new QuestionReports(new ResultsStore(database)).report(survey.campaignId(), 5, TEMPLATE, TEMPLATE.question(question).orElseThrow(), Locale.ENGLISH);
  }

  private long respondents(String question) {
    return report(question).overall().rows().get(0).respondents();
  }

  /** The overall row's published shares of respondents, rounded as the deck rounds them; withheld cells absent. */
  private Map<String, Long> percents(String question) {
    Map<String, Long> shares = new LinkedHashMap<>();
    for (QuestionResult.Cell cell : report(question).overall().rows().get(0).cells()) {
      if (!cell.withheld()) {
        shares.put(cell.category(), Math.round(cell.percentOfRespondents()));
      }
    }
    return shares;
  }
}

package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import org.missionhub.plugin.survey.testing.SurveyRows;

/** The role question within one organisation type, counted by the real SQL on H2 and protected with the published report. */
class FilteredReportsTest {

  private static final Instrument TEMPLATE = SurveyRows.TEMPLATE;
  private static final Question ROLE = TEMPLATE.question("role").orElseThrow();
  private static final int K = 3;

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyRows rows = new SurveyRows(database, K);
  private final String campaign = rows.campaign();
  private final ResultsStore store = new ResultsStore(database);
  private final FilteredReports filtered = new FilteredReports(store);

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void withinAGroupTheOtherBreakdownsAreCountedAndProtectedWithThePublishedReport() {
    respond("NGO", "DK", "leader", 4);
    respond("NGO", "DK", "coordinator", 3);
    respond("NGO", "FR", "leader", 3);
    respond("NGO", "FR", "participant", 1);
    respond("FOUNDATION", "DK", "leader", 5);
    QuestionResult published = new QuestionReports(store).report(campaign, K, TEMPLATE, ROLE, Locale.ENGLISH);

    QuestionResult ngo = filtered.report(campaign, K, ROLE, Dimension.ORGANISATION_TYPE, "NGO", Locale.ENGLISH);

    assertThat(ngo.respondents()).isEqualTo(11);
    QuestionResult.Row publishedNgo = published.breakdowns().stream().filter(t -> t.by().equals("organisationType")).findFirst().orElseThrow()
        .rows().stream().filter(r -> r.group().equals("NGO")).findFirst().orElseThrow();
    assertThat(ngo.overall().rows().get(0).cells()).as("the filter's overall row is the published group's row").isEqualTo(publishedNgo.cells());
    assertThat(ngo.notOffered()).contains("phase").doesNotContain("country", "organisationType");
    QuestionResult.Table byCountry = ngo.breakdowns().stream().filter(t -> t.by().equals("country")).findFirst().orElseThrow();
    QuestionResult.Row france = byCountry.rows().stream().filter(r -> r.group().equals("FR")).findFirst().orElseThrow();
    assertThat(cell(france, "participant").withheld()).isTrue();
    assertThat(france.cells().stream().filter(QuestionResult.Cell::withheld).count()).as("France's total of 4 is shown: one more cell hides the 1").isGreaterThanOrEqualTo(2);
    assertNoTotalGivesAWithheldSmallCellAway(byCountry, ngo.overall().rows().get(0));
  }

  @Test
  void onlyAGroupThePublishedReportShowsOnItsOwnCanBeLookedInto() {
    // the check that comes before any count (a random group must not start one)
    respond("NGO", "DK", "leader", 6);
    respond("FOUNDATION", "DK", "leader", 5);
    respond("ACADEMIA", "DK", "leader", 1);
    QuestionResult published = new QuestionReports(store).report(campaign, K, TEMPLATE, ROLE, Locale.ENGLISH);

    assertThat(FilteredReports.isPublishedGroup(published, Dimension.ORGANISATION_TYPE, "NGO")).isTrue();
    assertThat(FilteredReports.isPublishedGroup(published, Dimension.ORGANISATION_TYPE, "ACADEMIA")).as("pooled").isFalse();
    assertThat(FilteredReports.isPublishedGroup(published, Dimension.ORGANISATION_TYPE, "_other")).isFalse();
    assertThat(FilteredReports.isPublishedGroup(published, Dimension.ORGANISATION_TYPE, "x" + System.nanoTime())).isFalse();
    assertThat(FilteredReports.isPublishedGroup(published, Dimension.COUNTRY, "NGO")).as("another dimension's group").isFalse();
    QuestionResult nothing = FilteredReports.notShown(published, ROLE, Dimension.ORGANISATION_TYPE, Locale.ENGLISH);
    assertThat(nothing.withheld()).isTrue();
    assertThat(nothing.overall()).isNull();
    assertThat(nothing.categories()).isEqualTo(published.categories());
  }

  @Test
  void aGroupThePublishedReportDoesNotShowOnItsOwnCannotBeFilteredOn() {
    respond("NGO", "DK", "leader", 6);
    respond("FOUNDATION", "DK", "leader", 5);
    respond("ACADEMIA", "DK", "leader", 1);

    QuestionResult academia = filtered.report(campaign, K, ROLE, Dimension.ORGANISATION_TYPE, "ACADEMIA", Locale.ENGLISH);
    QuestionResult pool = filtered.report(campaign, K, ROLE, Dimension.ORGANISATION_TYPE, Pooling.OTHER, Locale.ENGLISH);

    assertThat(academia.withheld()).isTrue();
    assertThat(academia.overall()).isNull();
    assertThat(pool.withheld()).isTrue();
  }

  @Test
  void aBreakdownThePublishedReportDoesNotOfferCannotBeFilteredOn() {
    respond("NGO", "DK", "leader", 6);
    respond("NGO", "FR", "leader", 1);

    QuestionResult byCountry = filtered.report(campaign, K, ROLE, Dimension.COUNTRY, "DK", Locale.ENGLISH);

    assertThat(byCountry.withheld()).isTrue();
  }

  /** No row of the breakdown, nor column against the overall row, leaves exactly one small withheld cell unknown. */
  private static void assertNoTotalGivesAWithheldSmallCellAway(QuestionResult.Table table, QuestionResult.Row overall) {
    for (QuestionResult.Row row : table.rows()) {
      assertThat(row.cells().stream().filter(QuestionResult.Cell::withheld).count()).as("row " + row.group()).isNotEqualTo(1);
    }
    for (int c = 0; c < overall.cells().size(); c++) {
      int column = c;
      long unknown = table.rows().stream().filter(r -> r.cells().get(column).withheld()).count() + (overall.cells().get(c).withheld() ? 1 : 0);
      assertThat(unknown).as("column " + overall.cells().get(c).category()).isNotEqualTo(1);
    }
  }

  private static QuestionResult.Cell cell(QuestionResult.Row row, String category) {
    return row.cells().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
  }

  private void respond(String type, String country, String role, int count) {
    rows.respond(count, type, country, SurveyRows.chose("role", role));
  }
}

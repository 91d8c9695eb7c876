package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import org.missionhub.plugin.survey.testing.SurveyRows;

/** A number question's mean and median, counted by the real SQL on H2, and what is withheld. */
class NumberReportsTest {

  private static final String QUESTION = "annual_budget";

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyRows rows = new SurveyRows(database, 5);
  private final String campaign = rows.campaign();
  private final NumberReports reports = new NumberReports(new ResultsStore(database));

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void meanAndMedianOverallAndPerGroup() {
    answer("NGO", "DK", 10, 20, 30, 40, 50);
    answer("NGO", "FR", 1, 2, 3, 4, 1000);
    QuestionResult result = reports.report(campaign, 5, QUESTION, "Annual budget", "NUMBER");

    assertThat(result.respondents()).isEqualTo(10);
    QuestionResult.Row all = result.overall().rows().get(0);
    assertThat(all.mean()).isEqualTo(116.0);
    assertThat(all.median()).as("the mean of the two middle answers, 10 and 20").isEqualTo(15.0);
    assertThat(all.cells()).isEmpty();
    QuestionResult.Table byCountry = table(result, "country");
    assertThat(byCountry.rows()).extracting(QuestionResult.Row::group, QuestionResult.Row::respondents, QuestionResult.Row::mean, QuestionResult.Row::median)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DK", 5L, 30.0, 30.0), org.assertj.core.groups.Tuple.tuple("FR", 5L, 202.0, 3.0));
    assertThat(result.notOffered()).as("one organisation type only: nothing the overall row does not say").contains("organisationType");
  }

  @Test
  void smallGroupsArePooledSoThatNoSumRestsOnFewerThanTheMinimum() {
    answer("NGO", "DK", 10, 20, 30, 40, 50, 60);
    answer("NGO", "FR", 7, 9);
    answer("NGO", "SE", 100, 300, 500);
    QuestionResult result = reports.report(campaign, 5, QUESTION, "Annual budget", "NUMBER");

    QuestionResult.Table byCountry = table(result, "country");
    assertThat(byCountry.rows()).extracting(QuestionResult.Row::group).containsExactly("DK", Pooling.OTHER);
    QuestionResult.Row pooled = byCountry.rows().get(1);
    assertThat(pooled.respondents()).isEqualTo(5);
    assertThat(pooled.mean()).isEqualTo(183.2);
    assertThat(pooled.median()).isEqualTo(100.0);
  }

  @Test
  void withheldWhenFewerThanTheMinimumAnswered() {
    answer("NGO", "DK", 10, 20, 30, 40);
    QuestionResult result = reports.report(campaign, 5, QUESTION, "Annual budget", "NUMBER");

    assertThat(result.withheld()).isTrue();
    assertThat(result.respondents()).isNull();
    assertThat(result.overall()).isNull();
    assertThat(result.breakdowns()).isEmpty();
  }

  @Test
  void aBreakdownWhoseOnlyGroupsAreTooSmallIsNotOffered() {
    answer("NGO", "DK", 1, 2, 3, 4);
    answer("NGO", "FR", 5, 6, 7);
    QuestionResult result = reports.report(campaign, 5, QUESTION, "Annual budget", "NUMBER");

    assertThat(result.respondents()).isEqualTo(7);
    assertThat(result.notOffered()).contains("country");
    assertThat(result.breakdowns()).extracting(QuestionResult.Table::by).doesNotContain("country");
  }

  private static QuestionResult.Table table(QuestionResult result, String by) {
    return result.breakdowns().stream().filter(t -> t.by().equals(by)).findFirst().orElseThrow(() -> new AssertionError("no breakdown by " + by + " in " + result));
  }

  /** One response per number, each from an organisation of the given type and country. */
  private void answer(String type, String country, double... numbers) {
    for (double number : numbers) {
      rows.respond(1, type, country, List.of(SurveyRows.number(QUESTION, number)));
    }
  }
}

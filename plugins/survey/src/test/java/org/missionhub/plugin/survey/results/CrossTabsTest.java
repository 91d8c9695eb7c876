package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import org.missionhub.plugin.survey.testing.SurveyRows;

/** The template's role by setting, counted by the real SQL on H2, completed with "no answer" and protected. */
class CrossTabsTest {

  private static final Instrument TEMPLATE = SurveyRows.TEMPLATE;
  private static final Question ROLE = TEMPLATE.question("role").orElseThrow();
  private static final Question SETTING = TEMPLATE.question("setting").orElseThrow();
  private static final Question FUNDING = TEMPLATE.question("funding_sources").orElseThrow();

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyRows rows = new SurveyRows(database, 5);
  private final String campaign = rows.campaign();
  private final CrossTabs crossTabs = new CrossTabs(new ResultsStore(database));

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void countsEveryPairAndWhoAnsweredOnlyOneQuestion() {
    respond(10, "leader", "top_down");
    respond(6, "leader", "bottom_up");
    respond(7, "coordinator", "top_down");
    respond(9, "coordinator", "bottom_up");
    respond(6, "leader", null);
    respond(5, null, "top_down");

    CrossTabResult result = crossTabs.crossTab(campaign, 5, ROLE, SETTING, Locale.ENGLISH);

    assertThat(result.withheld()).isFalse();
    assertThat(result.columnCategories()).extracting(QuestionResult.Category::code).containsExactly("top_down", "bottom_up", CrossTabResult.NO_ANSWER);
    CrossTabResult.Row leader = row(result, "leader");
    assertThat(leader.respondents()).isEqualTo(22);
    assertThat(leader.cells()).extracting(QuestionResult.Cell::count, QuestionResult.Cell::percentOfRespondents, QuestionResult.Cell::withheld)
        .containsExactly(tuple(10L, 45.5, false), tuple(6L, 27.3, false), tuple(6L, 27.3, false));
    assertThat(row(result, "coordinator").cells()).extracting(QuestionResult.Cell::count).containsExactly(7L, 9L, 0L);
    CrossTabResult.Row noRole = row(result, CrossTabResult.NO_ANSWER);
    assertThat(noRole.respondents()).as("not a published number").isNull();
    assertThat(noRole.cells()).as("answered neither is not part of the table").extracting(QuestionResult.Cell::count).containsExactly(5L, 0L);
  }

  @Test
  void aSmallPairIsWithheldAndSoIsEnoughAroundIt() {
    respond(10, "leader", "top_down");
    respond(2, "leader", "bottom_up");
    respond(7, "coordinator", "top_down");
    respond(9, "coordinator", "bottom_up");
    respond(6, "leader", null);

    CrossTabResult result = crossTabs.crossTab(campaign, 5, ROLE, SETTING, Locale.ENGLISH);

    CrossTabResult.Row leader = row(result, "leader");
    assertThat(leader.cells().get(1).withheld()).isTrue();
    assertThat(leader.cells().get(1).count()).isNull();
    assertThat(leader.cells().stream().filter(QuestionResult.Cell::withheld).count()).as("its row's published total needs a complement").isGreaterThanOrEqualTo(2);
  }

  @Test
  void aMultipleChoiceCountsARespondentOnceForEachAnswerGiven() {
    respondMany(10, List.of("eu", "local"), "top_down");
    respondMany(8, List.of("eu"), "bottom_up");
    respondMany(6, List.of("local"), "top_down");
    respondMany(5, List.of("eu"), null);

    CrossTabResult result = crossTabs.crossTab(campaign, 5, FUNDING, SETTING, Locale.ENGLISH);

    CrossTabResult.Row eu = row(result, "eu");
    assertThat(eu.respondents()).isEqualTo(23);
    assertThat(eu.cells()).extracting(QuestionResult.Cell::count, QuestionResult.Cell::percentOfRespondents)
        .containsExactly(tuple(10L, 43.5), tuple(8L, 34.8), tuple(5L, 21.7));
    assertThat(row(result, "local").cells()).extracting(QuestionResult.Cell::count).containsExactly(16L, 0L, 0L);
    assertThat(row(result, CrossTabResult.NO_ANSWER).cells()).extracting(QuestionResult.Cell::count).containsExactly(0L, 0L);
    CrossTabResult turned = crossTabs.crossTab(campaign, 5, SETTING, FUNDING, Locale.ENGLISH);
    assertThat(row(turned, "top_down").respondents()).isEqualTo(16);
    assertThat(row(turned, "top_down").cells().get(FUNDING.options().stream().map(o -> o.code()).toList().indexOf("local")).count())
        .as("shares of a row add up to more than 100 %").isEqualTo(16);
  }

  @Test
  void aMatrixItemIsCrossedOnItsScale() {
    Question matrix = TEMPLATE.question("characteristics").orElseThrow();
    var item = matrix.items().get(0);
    rows.respond(6, "NGO", "DK", SurveyRows.chose(matrix.itemKey(item), "2"), SurveyRows.chose("setting", "top_down"));
    rows.respond(7, "NGO", "DK", SurveyRows.chose(matrix.itemKey(item), "4"), SurveyRows.chose("setting", "bottom_up"));

    CrossTabResult result = crossTabs.crossTab(campaign, 5, CrossTabs.Side.item(matrix, item), CrossTabs.Side.of(SETTING), Locale.ENGLISH);

    assertThat(result.rows()).isEqualTo("characteristics." + item.code());
    assertThat(result.rowsLabel()).isEqualTo(item.label().in(Locale.ENGLISH));
    assertThat(row(result, "2").cells()).extracting(QuestionResult.Cell::count).containsExactly(6L, 0L, 0L);
    assertThat(row(result, "4").cells()).extracting(QuestionResult.Cell::count).containsExactly(0L, 7L, 0L);
  }

  @Test
  void withheldWhenAQuestionHasTooFewAnswers() {
    respond(3, "leader", "top_down");

    CrossTabResult result = crossTabs.crossTab(campaign, 5, ROLE, SETTING, Locale.ENGLISH);

    assertThat(result.withheld()).isTrue();
    assertThat(result.table()).isEmpty();
  }

  private static CrossTabResult.Row row(CrossTabResult result, String category) {
    return result.table().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
  }

  /** Respondents answering role and setting (null: that question not answered). */
  private void respond(int count, String role, String setting) {
    rows.respond(count, "NGO", "DK", role == null ? List.of() : SurveyRows.chose("role", role), setting == null ? List.of() : SurveyRows.chose("setting", setting));
  }

  /** Respondents answering funding sources (several) and setting. */
  private void respondMany(int count, List<String> funding, String setting) {
    rows.respond(count, "NGO", "DK", SurveyRows.chose("funding_sources", funding.toArray(String[]::new)), setting == null ? List.of() : SurveyRows.chose("setting", setting));
  }
}

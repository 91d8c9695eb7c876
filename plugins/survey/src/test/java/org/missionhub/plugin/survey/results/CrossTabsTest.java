package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/** The template's role by setting, counted by the real SQL on H2, completed with "no answer" and protected. */
class CrossTabsTest {

  private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final Instrument TEMPLATE = NeedsAssessmentTemplate.instrument();
  private static final Question ROLE = TEMPLATE.question("role").orElseThrow();
  private static final Question SETTING = TEMPLATE.question("setting").orElseThrow();
  private static final Question FUNDING = TEMPLATE.question("funding_sources").orElseThrow();

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final String campaign = UUID.randomUUID().toString();
  private final CrossTabs crossTabs = new CrossTabs(new ResultsStore(database));

  CrossTabsTest() {
    new InstrumentStore(database).add(new InstrumentVersion(TEMPLATE.code(), 1, InstrumentVersion.Status.PUBLISHED, TEMPLATE, Map.of(), OPENED, "analyst", Optional.of(OPENED), 0));
    CampaignSettings settings = new CampaignSettings("Roles", Optional.empty(), TEMPLATE.code(), 1, Audience.EVERYONE, Unit.PERSON, false, false, 5, OPENED, OPENED.plusDays(30));
    new CampaignStore(database).add(new Campaign(campaign, settings, Optional.empty(), OPENED, "analyst", 0));
  }

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
    respond(count, "role", role == null ? List.of() : List.of(role), setting);
  }

  /** Respondents answering funding sources (several) and setting. */
  private void respondMany(int count, List<String> funding, String setting) {
    respond(count, "funding_sources", funding, setting);
  }

  private void respond(int count, String question, List<String> values, String setting) {
    database.inTransaction(connection -> {
      try (PreparedStatement response = connection.prepareStatement(
              "insert into survey_response (id, campaign_id, instrument_version, organisation_id, org_type, country, phase, governance_mode, challenge_area,"
                  + " answers, submitted_on, revision) values (?, ?, 1, ?, 'NGO', 'DK', 'IN_PROGRESS', 'HYBRID', 'DIGITAL', '{}', ?, 0)");
          PreparedStatement answer = connection.prepareStatement(
              "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode,"
                  + " challenge_area) values (?, ?, ?, ?, null, ?, 'NGO', 'DK', 'IN_PROGRESS', 'HYBRID', 'DIGITAL')")) {
        for (int i = 0; i < count; i++) {
          String id = UUID.randomUUID().toString();
          response.setString(1, id);
          response.setString(2, campaign);
          response.setString(3, UUID.randomUUID().toString());
          response.setObject(4, LocalDate.of(2026, 3, 2));
          response.executeUpdate();
          List<String[]> given = new java.util.ArrayList<>();
          for (int v = 0; v < values.size(); v++) {
            given.add(new String[] {question, values.get(v), Integer.toString(v)});
          }
          if (setting != null) {
            given.add(new String[] {"setting", setting, "0"});
          }
          for (String[] row : given) {
            answer.setString(1, id);
            answer.setString(2, campaign);
            answer.setString(3, row[0]);
            answer.setString(4, row[1]);
            answer.setInt(5, Integer.parseInt(row[2]));
            answer.executeUpdate();
          }
        }
        return count;
      }
    });
  }
}

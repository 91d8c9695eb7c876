package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResultsStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/** A number question's mean and median, counted by the real SQL on H2, and what is withheld. */
class NumberReportsTest {

  private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final String QUESTION = "annual_budget";

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final String campaign = UUID.randomUUID().toString();
  private final NumberReports reports = new NumberReports(new ResultsStore(database));

  NumberReportsTest() {
    Instrument template = NeedsAssessmentTemplate.instrument();
    new InstrumentStore(database).add(new InstrumentVersion(template.code(), 1, InstrumentVersion.Status.PUBLISHED, template, Map.of(), OPENED, "analyst", Optional.of(OPENED), 0));
    CampaignSettings settings = new CampaignSettings("Budgets", Optional.empty(), template.code(), 1, Audience.EVERYONE, Unit.PERSON, false, false, 5, OPENED, OPENED.plusDays(30));
    new CampaignStore(database).add(new Campaign(campaign, settings, Optional.empty(), OPENED, "analyst", 0));
  }

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
    database.inTransaction(connection -> {
      try (PreparedStatement response = connection.prepareStatement(
              "insert into survey_response (id, campaign_id, instrument_version, organisation_id, org_type, country, phase, governance_mode, challenge_area,"
                  + " answers, submitted_on, revision) values (?, ?, 1, ?, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL', '{}', ?, 0)");
          PreparedStatement answer = connection.prepareStatement(
              "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode,"
                  + " challenge_area) values (?, ?, ?, null, ?, 0, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL')")) {
        for (double number : numbers) {
          String id = UUID.randomUUID().toString();
          response.setString(1, id);
          response.setString(2, campaign);
          response.setString(3, UUID.randomUUID().toString());
          response.setString(4, type);
          response.setString(5, country);
          response.setObject(6, LocalDate.of(2026, 3, 2));
          response.executeUpdate();
          answer.setString(1, id);
          answer.setString(2, campaign);
          answer.setString(3, QUESTION);
          answer.setDouble(4, number);
          answer.setString(5, type);
          answer.setString(6, country);
          answer.executeUpdate();
        }
        return numbers.length;
      }
    });
  }
}

package org.missionhub.plugin.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** The role question within one organisation type, counted by the real SQL on H2 and protected with the published report. */
class FilteredReportsTest {

  private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final Instrument TEMPLATE = NeedsAssessmentTemplate.instrument();
  private static final Question ROLE = TEMPLATE.question("role").orElseThrow();
  private static final int K = 3;

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final String campaign = UUID.randomUUID().toString();
  private final ResultsStore store = new ResultsStore(database);
  private final FilteredReports filtered = new FilteredReports(store);

  FilteredReportsTest() {
    new InstrumentStore(database).add(new InstrumentVersion(TEMPLATE.code(), 1, InstrumentVersion.Status.PUBLISHED, TEMPLATE, Map.of(), OPENED, "analyst", Optional.of(OPENED), 0));
    CampaignSettings settings = new CampaignSettings("Roles", Optional.empty(), TEMPLATE.code(), 1, Audience.EVERYONE, Unit.PERSON, false, false, K, OPENED, OPENED.plusDays(30));
    new CampaignStore(database).add(new Campaign(campaign, settings, Optional.empty(), OPENED, "analyst", 0));
  }

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
    database.inTransaction(connection -> {
      try (PreparedStatement response = connection.prepareStatement(
              "insert into survey_response (id, campaign_id, instrument_version, organisation_id, org_type, country, phase, governance_mode, challenge_area,"
                  + " answers, submitted_on, revision) values (?, ?, 1, ?, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL', '{}', ?, 0)");
          PreparedStatement answer = connection.prepareStatement(
              "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode,"
                  + " challenge_area) values (?, ?, 'role', ?, null, 0, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL')")) {
        for (int i = 0; i < count; i++) {
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
          answer.setString(3, role);
          answer.setString(4, type);
          answer.setString(5, country);
          answer.executeUpdate();
        }
        return count;
      }
    });
  }
}

package org.missionhub.plugin.survey.export;

import org.missionhub.plugin.survey.version.InstrumentOwner;
import org.missionhub.plugin.survey.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.PreparedStatement;
import org.missionhub.plugin.survey.answering.AnswerRows;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * A campaign of the built-in template with responses stored as the plugin stores them: answers are first
 * checked like a real submission (so hidden questions are dropped), and every row carries an organisation,
 * a mission, a person and an id that an export must never show.
 */
public final class SurveyData {

  public static final Instrument TEMPLATE = NeedsAssessmentTemplate.instrument();
  static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  /** The identifying values every stored response carries: none may appear in an export. */
  static final List<String> SECRETS = List.of("response-id-", "organisation-id-", "mission-id-", "subject-id-", "Person Name ");

  private final MigratedDatabase database;
  private final Jsonb json = JsonbBuilder.create();
  private final String campaignId = UUID.randomUUID().toString();
  private final Campaign campaign;
  private int stored;

  public SurveyData(MigratedDatabase database) {
    this.database = database;
    InstrumentVersion published = new InstrumentVersion(TEMPLATE.code(), 1, InstrumentVersion.Status.PUBLISHED, TEMPLATE, Map.of(), OPENED, "analyst", Optional.of(OPENED), 0);
    assertThat(new InstrumentStore(database).add(InstrumentOwner.PLATFORM, published)).isTrue();
    CampaignSettings settings = new CampaignSettings(
        "Needs assessment 2026", Optional.empty(), TEMPLATE.code(), 1, Audience.EVERYONE, Unit.MISSION, false, false, 5, OPENED, OPENED.plusDays(30));
    campaign = new Campaign(campaignId, settings, Optional.empty(), OPENED, "analyst", 0);
    new CampaignStore(database).add(campaign);
  }

  /** The campaign as stored (open until 30 days after {@code OPENED}). */
  public Campaign campaign() {
    return campaign;
  }

  public String campaignId() {
    return campaignId;
  }

  /** Answers from key, list pairs (more than {@code Map.of} takes). */
  @SuppressWarnings("unchecked")
  public static Map<String, List<String>> answers(Object... keyValuePairs) {
    Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValuePairs.length; i += 2) {
      answers.put((String) keyValuePairs[i], (List<String>) keyValuePairs[i + 1]);
    }
    return answers;
  }

  public static ResponseFacts facts(String type, String country) {
    return new ResponseFacts(type, country, "IN_PROGRESS", "HYBRID", "HEALTH_WELLBEING");
  }

  /** Checks the answers as a submission would, then stores the response; returns the answers kept. */
  public Map<String, List<String>> submit(LocalDate day, ResponseFacts facts, Map<String, List<String>> answers) {
    CheckedResponse checked = new ResponseCheck(TEMPLATE, Locale.ENGLISH).check(answers);
    assertThat(checked.problems()).as("a test response must be one the plugin accepts").isEmpty();
    int n = ++stored;
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into survey_response (id, campaign_id, instrument_version, tenant_id, mission_id, respondent_subject, respondent_name,"
              + " org_type, country, phase, governance_mode, challenge_area, answers, submitted_on, updated_at, revision)"
              + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)")) {
        insert.setString(1, SECRETS.get(0) + n);
        insert.setString(2, campaignId);
        insert.setString(3, SECRETS.get(1) + n);
        insert.setString(4, SECRETS.get(2) + n);
        insert.setString(5, SECRETS.get(3) + n);
        insert.setString(6, SECRETS.get(4) + n);
        insert.setString(7, facts.organisationType());
        insert.setString(8, facts.country());
        insert.setString(9, facts.phase());
        insert.setString(10, facts.governanceMode());
        insert.setString(11, facts.challengeArea());
        insert.setString(12, json.toJson(checked.answers()));
        insert.setObject(13, day);
        insert.executeUpdate();
      }
      // the answer rows the results count, as a submission writes them
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode, challenge_area)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (AnswerRows.Row row : AnswerRows.of(TEMPLATE, checked.answers())) {
          insert.setString(1, SECRETS.get(0) + n);
          insert.setString(2, campaignId);
          insert.setString(3, row.question());
          insert.setString(4, row.value());
          insert.setObject(5, row.number());
          insert.setInt(6, row.ordinal());
          insert.setString(7, facts.organisationType());
          insert.setString(8, facts.country());
          insert.setString(9, facts.phase());
          insert.setString(10, facts.governanceMode());
          insert.setString(11, facts.challengeArea());
          insert.addBatch();
        }
        return insert.executeBatch().length;
      }
    });
    recount();
    return checked.answers();
  }

  /** Rows written straight into the tables get their counts as the repair command makes them. */
  private void recount() {
    new org.missionhub.plugin.survey.store.AnswerCounts(database).recount(campaignId);
  }

  /** Many identical short responses (someone not involved in a mission), in one batch. */
  void submitMany(int count) {
    String answers = json.toJson(Map.of("involved", List.of("no"), "country", List.of("DK"), "organisation_type", List.of("ngo")));
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into survey_response (id, campaign_id, instrument_version, tenant_id, org_type, country, phase, governance_mode, challenge_area,"
              + " answers, submitted_on, revision) values (?, ?, 1, 'organisation-id', 'NGO', 'DK', 'IN_PROGRESS', 'HYBRID', 'DIGITAL', ?, ?, 0)")) {
        for (int i = 0; i < count; i++) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, campaignId);
          insert.setString(3, answers);
          insert.setObject(4, OPENED.toLocalDate().plusDays(i % 20));
          insert.addBatch();
        }
        return insert.executeBatch().length;
      }
    });
    recount();
  }
}

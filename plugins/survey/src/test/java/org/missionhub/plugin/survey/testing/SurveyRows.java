package org.missionhub.plugin.survey.testing;

import org.missionhub.plugin.survey.version.InstrumentOwner;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * A campaign of the built-in template whose responses are written straight into the plugin's tables,
 * with answer rows as the results count them: for the tests of the counting SQL, which need exact
 * hand-made numbers rather than whole valid responses.
 */
public final class SurveyRows {

  public static final Instrument TEMPLATE = NeedsAssessmentTemplate.instrument();
  private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  /** One answer row: a coded value or a number. */
  public record Answer(String question, String value, Double number) {}

  private final MigratedDatabase database;
  private final String campaign = UUID.randomUUID().toString();

  public SurveyRows(MigratedDatabase database, int minimumCellSize) {
    this.database = database;
    new InstrumentStore(database).add(InstrumentOwner.PLATFORM, new InstrumentVersion(TEMPLATE.code(), 1, InstrumentVersion.Status.PUBLISHED, TEMPLATE, Map.of(), OPENED, "analyst", Optional.of(OPENED), 0));
    CampaignSettings settings =
        new CampaignSettings("Test campaign", Optional.empty(), TEMPLATE.code(), 1, Audience.EVERYONE, Unit.PERSON, false, false, minimumCellSize, OPENED, OPENED.plusDays(30));
    new CampaignStore(database).add(new Campaign(campaign, settings, Optional.empty(), OPENED, "analyst", 0));
  }

  public String campaign() {
    return campaign;
  }

  /** The values given to a question (several for a multiple choice). */
  public static List<Answer> chose(String question, String... values) {
    List<Answer> answers = new ArrayList<>();
    for (String value : values) {
      answers.add(new Answer(question, value, null));
    }
    return answers;
  }

  public static Answer number(String question, double value) {
    return new Answer(question, null, value);
  }

  /** {@code count} respondents from organisations of this type and country, each giving these answers. */
  @SafeVarargs
  public final void respond(int count, String type, String country, List<Answer>... answers) {
    List<Answer> all = new ArrayList<>();
    for (List<Answer> a : answers) {
      all.addAll(a);
    }
    database.inTransaction(connection -> {
      try (PreparedStatement response = connection.prepareStatement(
              "insert into survey_response (id, campaign_id, instrument_version, tenant_id, org_type, country, phase, governance_mode, challenge_area,"
                  + " answers, submitted_on, revision) values (?, ?, 1, ?, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL', '{}', ?, 0)");
          PreparedStatement answer = connection.prepareStatement(
              "insert into survey_answer (response_id, campaign_id, question, answer_value, answer_number, ordinal, org_type, country, phase, governance_mode,"
                  + " challenge_area) values (?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', 'HYBRID', 'DIGITAL')")) {
        for (int i = 0; i < count; i++) {
          String id = UUID.randomUUID().toString();
          response.setString(1, id);
          response.setString(2, campaign);
          response.setString(3, UUID.randomUUID().toString());
          response.setString(4, type);
          response.setString(5, country);
          response.setObject(6, LocalDate.of(2026, 3, 2));
          response.executeUpdate();
          Map<String, Integer> ordinals = new HashMap<>();
          for (Answer a : all) {
            answer.setString(1, id);
            answer.setString(2, campaign);
            answer.setString(3, a.question());
            answer.setString(4, a.value());
            if (a.number() == null) {
              answer.setNull(5, Types.DOUBLE);
            } else {
              answer.setDouble(5, a.number());
            }
            answer.setInt(6, ordinals.merge(a.question(), 1, Integer::sum) - 1);
            answer.setString(7, type);
            answer.setString(8, country);
            answer.executeUpdate();
          }
        }
        return count;
      }
    });
    // rows written straight into the tables: their counts as the repair command makes them
    new org.missionhub.plugin.survey.store.AnswerCounts(database).recount(campaign);
  }
}

package org.missionhub.plugin.survey.export;

import org.missionhub.plugin.survey.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.plugin.survey.export.SurveyData.TEMPLATE;
import static org.missionhub.plugin.survey.export.SurveyData.answers;
import static org.missionhub.plugin.survey.export.SurveyData.facts;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;

class JsonExportTest {

  private final MigratedDatabase database = MigratedDatabase.migrated();
  private final SurveyData survey = new SurveyData(database);
  private final JsonExport export = new JsonExport(database);

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theExportParsesBackToTheAnswersStoredInTheOrderOfSubmission() throws IOException {
    // given two responses; the later one has text that JSON must escape
    Map<String, List<String>> later = survey.submit(LocalDate.of(2026, 3, 3), facts("NGO", "DK"), answers(
        "involved", List.of("yes"), "role", List.of("leader"), "country", List.of("DK"), "organisation_type", List.of("ngo"),
        "setting", List.of("bottom_up"), "phase", List.of("middle"), "challenge_field", List.of("health_wellbeing"),
        "characteristics.clear_target", List.of("4"), "funding_sources", List.of("eu", "other"), "funding_sources_other", List.of("Lottery \"Tipsmidler\""),
        "reflections", List.of("Two lines,\nwith a tab\tand ünïcødé")));
    Map<String, List<String>> earlier = survey.submit(LocalDate.of(2026, 3, 2), facts("FOUNDATION", "FR"), Map.of(
        "involved", List.of("no"), "country", List.of("FR"), "organisation_type", List.of("other"), "organisation_type_other", List.of("Cooperative")));

    // when
    JsonObject document = export();

    // then
    assertThat(document.getString("campaign")).isEqualTo(survey.campaignId());
    assertThat(document.getJsonObject("instrument")).isEqualTo(Json.createObjectBuilder().add("code", TEMPLATE.code()).add("version", 1).build());
    JsonArray responses = document.getJsonArray("responses");
    assertThat(responses).hasSize(2);
    JsonObject first = responses.getJsonObject(0);
    assertThat(first.getInt("response")).isEqualTo(1);
    assertThat(first.getString("submittedOn")).isEqualTo("2026-03-02");
    assertThat(first.getJsonObject("facts")).isEqualTo(Json.createObjectBuilder()
        .add("organisationType", "FOUNDATION").add("country", "FR").add("phase", "IN_PROGRESS").add("governanceMode", "HYBRID").add("challengeArea", "HEALTH_WELLBEING").add("sector", "NONE").build());
    assertThat(exported(first)).isEqualTo(earlier);
    assertThat(responses.getJsonObject(1).getInt("response")).isEqualTo(2);
    assertThat(exported(responses.getJsonObject(1))).isEqualTo(later);
  }

  @Test
  void answersComeInTheInstrumentsOrderAndNothingIdentifiesARespondent() throws IOException {
    survey.submit(LocalDate.of(2026, 3, 2), facts("NGO", "DK"), answers(
        "reflections", List.of("Fine"), "risks", List.of("silos"), "involved", List.of("no"), "country", List.of("DK"), "organisation_type", List.of("ngo")));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(survey.campaignId(), TEMPLATE, out);

    JsonObject response = parse(out.toString(StandardCharsets.UTF_8)).getJsonArray("responses").getJsonObject(0);
    assertThat(response.keySet()).containsExactly("response", "submittedOn", "facts", "answers");
    assertThat(response.getJsonObject("answers").keySet()).containsExactly("involved", "country", "organisation_type", "risks", "reflections");
    for (String secret : SurveyData.SECRETS) {
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
    }
  }

  @Test
  void progressIsReportedEveryThousandResponsesAndTheDocumentStaysWhole() throws IOException {
    survey.submitMany(1_200);
    List<Long> progress = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = export.write(survey.campaignId(), TEMPLATE, out, progress::add);

    assertThat(written).isEqualTo(1_200).isEqualTo(export.count(survey.campaignId()));
    assertThat(progress).containsExactly(1_000L, 1_200L);
    assertThat(parse(out.toString(StandardCharsets.UTF_8)).getJsonArray("responses")).hasSize(1_200);
  }

  @Test
  void anInstrumentThatIsNotTheCampaignsIsRefusedBeforeAnythingIsWritten() {
    Instrument other = new Instrument("another_survey", TEMPLATE.title(), TEMPLATE.description(), TEMPLATE.sections());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> export.write(survey.campaignId(), other, out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TEMPLATE.code());
    assertThat(out.size()).isZero();
  }

  @Test
  void aClientThatGoesAwayEndsTheExportWithTheFailedWrite() {
    survey.submitMany(2_500);

    assertThatThrownBy(() -> export.write(survey.campaignId(), TEMPLATE, new BrokenConnection(10_000)))
        .isInstanceOf(IOException.class).hasMessage("Broken pipe");
    // the database is left as it was, ready for the next export
    assertThat(export.count(survey.campaignId())).isEqualTo(2_500);
  }

  private JsonObject export() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(survey.campaignId(), TEMPLATE, out);
    return parse(out.toString(StandardCharsets.UTF_8));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static Map<String, List<String>> exported(JsonObject response) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    response.getJsonObject("answers").forEach((key, values) -> answers.put(key, values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    return answers;
  }
}

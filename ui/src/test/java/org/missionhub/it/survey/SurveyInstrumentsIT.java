package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * A benchmark analyst's instruments: a draft changes until published, a published version never changes,
 * and the next version starts as its copy, naming the predecessors of renamed questions.
 */
class SurveyInstrumentsIT {

  private static final String INSTRUMENTS = "/api/v1/platform/survey/instruments";

  private final Api analyst = Scenario.benchmarkAnalyst().api();
  private final String code = "wave_" + Scenario.shortId().replace('-', '_');

  private String version(int number) {
    return INSTRUMENTS + "/" + code + "/versions/" + number;
  }

  private ApiResponse fromTemplate() {
    return analyst.post(INSTRUMENTS, Payloads.object("code", code, "template", "missions_needs_assessment"));
  }

  /** The definition with its last question's code changed. */
  private static JsonObject renamingLastQuestion(JsonObject definition, String newCode) {
    JsonArray sections = definition.getJsonArray("sections");
    int s = sections.size() - 1;
    JsonObject section = sections.getJsonObject(s);
    JsonArray questions = section.getJsonArray("questions");
    int q = questions.size() - 1;
    JsonObject question = Json.createObjectBuilder(questions.getJsonObject(q)).add("code", newCode).build();
    JsonObject newSection = Json.createObjectBuilder(section).add("questions", Json.createArrayBuilder(questions).set(q, question)).build();
    return Json.createObjectBuilder(definition).add("sections", Json.createArrayBuilder(sections).set(s, newSection)).build();
  }

  @Test
  void aDraftChangesUntilPublishedThenANewVersionFollows() {
    // a draft from the built-in template
    ApiResponse created = fromTemplate();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("DRAFT");
    assertThat(created.etag()).isEqualTo("\"0\"");
    JsonObject definition = created.json().getJsonObject("definition");
    assertThat(definition.getString("code")).isEqualTo(code);
    // changed with its ETag; the old ETag is refused
    JsonObjectBuilder retitled = Json.createObjectBuilder(definition).add("title", Json.createObjectBuilder().add("en", "Missions needs assessment 2027"));
    ApiResponse changed = analyst.put(version(1), Payloads.object("definition", retitled.build()), "\"0\"");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getJsonObject("definition").getJsonObject("title").getString("en")).isEqualTo("Missions needs assessment 2027");
    assertThat(analyst.put(version(1), Payloads.object("definition", definition), "\"0\"").status()).isEqualTo(412);
    ApiResponse withoutIfMatch = analyst.put(version(1), Payloads.object("definition", definition), null);
    assertThat(withoutIfMatch.status()).as(withoutIfMatch.toString()).isEqualTo(428);
    assertThat(withoutIfMatch.json().getString("type")).endsWith("/precondition-required");
    assertThat(withoutIfMatch.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("If-Match");
    // published: frozen
    ApiResponse published = analyst.postAction(version(1) + "/publish", changed.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
    ApiResponse frozen = analyst.put(version(1), Payloads.object("definition", definition), published.etag());
    assertThat(frozen.status()).isEqualTo(409);
    assertThat(frozen.json().getString("detail")).contains("is published and cannot change");
    // version 2 starts as its copy; only one draft at a time
    ApiResponse second = analyst.postAction(INSTRUMENTS + "/" + code + "/versions", null);
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.json().getInt("version")).isEqualTo(2);
    assertThat(analyst.postAction(INSTRUMENTS + "/" + code + "/versions", null).status()).isEqualTo(409);
    // a renamed question names its predecessor, which must exist in version 1
    JsonObject renamed = renamingLastQuestion(second.json().getJsonObject("definition"), "open_reflections");
    ApiResponse wrong = analyst.put(version(2), Payloads.object("definition", renamed, "predecessors", Payloads.nested("open_reflections", "thoughts")), second.etag());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("predecessors");
    ApiResponse mapped = analyst.put(version(2), Payloads.object("definition", renamed, "predecessors", Payloads.nested("open_reflections", "reflections")), second.etag());
    assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
    assertThat(mapped.json().getJsonObject("predecessors").getString("open_reflections")).isEqualTo("reflections");
    // the list shows the newest version of each instrument; version 1 is unchanged
    ApiResponse latest = analyst.get(INSTRUMENTS);
    JsonObject mine = latest.array().stream().map(JsonObject.class::cast).filter(v -> v.getString("code").equals(code)).findFirst().orElseThrow();
    assertThat(mine.getInt("version")).isEqualTo(2);
    assertThat(analyst.get(version(1)).json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(analyst.get(INSTRUMENTS + "/" + code + "/versions").array()).hasSize(2);
  }

  @Test
  void aWrongDefinitionIsRefusedNamingWhere() {
    JsonObject noOptions =
        Json.createObjectBuilder()
            .add("code", code)
            .add("title", Json.createObjectBuilder().add("en", "Test"))
            .add("description", Json.createObjectBuilder().add("en", "Test"))
            .add(
                "sections",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("code", "first")
                            .add("title", Json.createObjectBuilder().add("en", "First"))
                            .add(
                                "questions",
                                Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("code", "country").add("type", "COUNTRY").add("label", Json.createObjectBuilder().add("en", "Country")))
                                    .add(Json.createObjectBuilder().add("code", "phase").add("type", "SINGLE_CHOICE").add("label", Json.createObjectBuilder().add("en", "Phase"))))))
            .build();
    ApiResponse refused = analyst.post(INSTRUMENTS, Payloads.object("definition", noOptions));
    assertThat(refused.status()).isEqualTo(400);
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("definition.sections[0].questions[1]");
    assertThat(error.getString("message")).contains("needs options");
    assertThat(analyst.get(INSTRUMENTS + "/" + code + "/versions").status()).isEqualTo(404);
  }

  @Test
  void onlyABenchmarkAnalystKeepsInstruments() {
    Org org = Scenario.organisation("survey-admin");
    assertThat(org.admin().api().get(INSTRUMENTS).status()).isEqualTo(403);
    assertThat(Scenario.platformAdmin().api().post(INSTRUMENTS, Payloads.object("code", code, "template", "missions_needs_assessment")).status()).isEqualTo(403);
    assertThat(fromTemplate().status()).isEqualTo(201);
    assertThat(fromTemplate().status()).as("the same code twice").isEqualTo(409);
    assertThat(analyst.post(INSTRUMENTS, Payloads.object("code", "Not A Code", "template", "missions_needs_assessment")).json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("code");
  }

  @Test
  void anInstrumentGoesOutAsAnXlsFormAndComesBackIn() {
    assertThat(fromTemplate().status()).isEqualTo(201);
    Api.Download xlsform = analyst.download(version(1) + "/xlsform");
    assertThat(xlsform.status()).isEqualTo(200);
    assertThat(xlsform.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsform.disposition()).contains(code + "-v1.xlsx");
    // imported under another code: the same questions, the matrix as one question per item
    String copy = code + "_copy";
    ApiResponse imported = analyst.upload(INSTRUMENTS + "/import?code=" + copy, xlsform.body(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.json().getString("code")).isEqualTo(copy);
    long questions = imported.json().getJsonObject("definition").getJsonArray("sections").stream().mapToLong(s -> s.asJsonObject().getJsonArray("questions").size()).sum();
    assertThat(questions).isEqualTo(19);
    // something that is not a workbook is refused, naming the file
    ApiResponse refused = analyst.upload(INSTRUMENTS + "/import?code=" + code + "_bad", "type,name".getBytes(), "application/octet-stream");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("xlsform.file");
  }

  @Test
  void aKoboFormAsPeopleWriteItIsImportedAndTheAnswerSaysWhatChanged() {
    // a plain label column (the default language), a language by its name, capitals and hyphens in names, a location
    byte[] form = XlsForms.workbook(new String[][] {{"type", "name", "label", "label::Kiswahili", "relevant"}, {"select_one district", "District", "Which district?", "Wilaya gani?"},
        {"geopoint", "gps", "Where are you?"}, {"integer", "HouseholdSize", "How many people live here?", "Watu wangapi?", "${District} = 'north-east'"}},
        new String[][] {{"list_name", "name", "label"}, {"district", "Aloyce", "Aloyce"}, {"district", "north-east", "North-east"}});
    ApiResponse imported = analyst.upload(INSTRUMENTS + "/import?code=" + code, form, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonArray questions = imported.json().getJsonObject("definition").getJsonArray("sections").getJsonObject(0).getJsonArray("questions");
    assertThat(questions.getValuesAs(JsonObject.class)).extracting(q -> q.getString("code")).containsExactly("district", "household_size");
    assertThat(questions.getJsonObject(1).getJsonObject("label").getString("sw")).isEqualTo("Watu wangapi?");
    assertThat(imported.json().getJsonArray("importNotes").getValuesAs(JsonObject.class)).extracting(n -> n.getString("field") + ": " + n.getString("message"))
        .contains("xlsform.survey.row3.type: the geopoint gps is left out: MissionHub surveys do not collect locations, media or codes",
            "xlsform.choices.name: the name north-east is the code north_east");
    assertThat(analyst.get(version(1)).json().containsKey("importNotes")).as("only in the import's answer").isFalse();
  }
}

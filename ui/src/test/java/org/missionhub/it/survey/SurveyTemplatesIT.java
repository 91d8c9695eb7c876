package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The survey plugin's built-in template through the platform mount: anyone signed in reads it and can try
 * answers against it; the checks name each wrong answer and drop the answers of hidden questions.
 */
class SurveyTemplatesIT {

  private static final String TEMPLATES = "/api/v1/platform/survey/templates";
  private static final String TEMPLATE = TEMPLATES + "/missions_needs_assessment";

  private final Person member = member();

  private static Person member() {
    Org org = Scenario.organisation("survey");
    return Scenario.member(org, "MEMBER");
  }

  @Test
  void anyoneSignedInReadsTheTemplate() {
    ApiResponse list = member.api().get(TEMPLATES);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    JsonObject summary = list.array().getJsonObject(0);
    assertThat(summary.getString("code")).isEqualTo("missions_needs_assessment");
    assertThat(summary.getInt("questions")).isEqualTo(15);
    ApiResponse template = member.api().get(TEMPLATE);
    assertThat(template.status()).isEqualTo(200);
    JsonObject role = template.json().getJsonArray("sections").getJsonObject(0).getJsonArray("questions").getJsonObject(1);
    assertThat(role.getString("code")).isEqualTo("role");
    assertThat(role.getString("shownWhen")).isEqualTo("${involved} != 'no'");
    assertThat(role.getJsonObject("label").getString("da")).isEqualTo("Hvad er (eller var) din rolle i missionen?");
    assertThat(Api.anonymous().get(TEMPLATE).status()).isEqualTo(401);
    assertThat(member.api().get(TEMPLATES + "/no_such_template").status()).isEqualTo(404);
  }

  @Test
  void tryingAnswersKeepsOnlyThoseOfQuestionsShown() {
    String answers =
        Payloads.object(
            "answers",
            Payloads.nested(
                "involved", List.of("no"),
                "country", List.of("DK"),
                "organisation_type", List.of("ngo"),
                "phase", List.of("middle")));
    ApiResponse checked = member.api().post(TEMPLATE + "/check", answers);
    assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
    assertThat(checked.json().getJsonObject("answers").keySet()).containsExactlyInAnyOrder("involved", "country", "organisation_type");
    assertThat(checked.json().getJsonArray("shown").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()))
        .doesNotContain("phase");
  }

  @Test
  void wrongAnswersAreNamedOneByOne() {
    String answers =
        Payloads.object(
            "language", "fr",
            "answers",
            Payloads.nested(
                "involved", List.of("yes"),
                "country", List.of("Denmark"),
                "organisation_type", List.of("ngo"),
                "setting", List.of("sideways"),
                "colour", List.of("blue")));
    ApiResponse refused = member.api().post(TEMPLATE + "/check", answers);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactly("answers.role", "answers.country", "answers.setting", "answers.phase", "answers.challenge_field", "answers.colour");
    assertThat(member.api().post(TEMPLATE + "/check", Payloads.object("language", "en")).status()).isEqualTo(400);
  }
}

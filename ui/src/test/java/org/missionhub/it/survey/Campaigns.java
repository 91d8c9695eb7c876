package org.missionhub.it.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;

/** Steps shared by the campaign tests: a published copy of the template and a campaign open now. */
public final class Campaigns {

  static final String INSTRUMENTS = "/api/v1/platform/survey/instruments";
  static final String CAMPAIGNS = "/api/v1/platform/survey/campaigns";

  private Campaigns() {}

  /** A new organisation that has switched the survey plugin on. */
  public static Scenario.Org surveying(String label, String type, String country) {
    return Scenario.organisation(label, type, country, "survey");
  }

  public static Api analyst() {
    return Scenario.benchmarkAnalyst().api();
  }

  /** A new instrument copied from the built-in template, version 1 published. Returns its code. */
  public static String publishedTemplate() {
    String code = "wave_" + Scenario.shortId().replace('-', '_');
    ApiResponse created = analyst().post(INSTRUMENTS, Payloads.object("code", code, "template", "missions_needs_assessment"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiResponse published = analyst().postAction(INSTRUMENTS + "/" + code + "/versions/1/publish", created.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return code;
  }

  /** A campaign form, open from a minute ago until tomorrow. */
  public static String form(String code, List<String> types, boolean anonymous, boolean editable, int minimum) {
    return form(code, 1, types, anonymous, editable, minimum);
  }

  /** A campaign form for a version of the instrument, open from a minute ago until tomorrow. */
  public static String form(String code, int version, List<String> types, boolean anonymous, boolean editable, int minimum) {
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    return Payloads.object(
        "title", "Missions needs assessment " + code,
        "instrument", Payloads.nested("code", code, "version", version),
        "audience", Payloads.nested("organisationTypes", types),
        "unit", "MISSION",
        "anonymous", anonymous,
        "editableAfterSubmit", editable,
        "minimumCellSize", minimum,
        "opensAt", now.minusMinutes(1).toString(),
        "closesAt", now.plusDays(1).toString());
  }

  /** Creates the campaign; returns its id. */
  public static String open(String form) {
    ApiResponse created = analyst().post(CAMPAIGNS, form);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("OPEN");
    return created.json().getString("id");
  }

  public static void closeAndPublish(String campaign) {
    ApiResponse current = analyst().get(CAMPAIGNS + "/" + campaign);
    ApiResponse closed = analyst().postAction(CAMPAIGNS + "/" + campaign + "/close", current.etag());
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    ApiResponse published = analyst().postAction(CAMPAIGNS + "/" + campaign + "/publish", closed.etag());
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  /** A complete, valid response to the template, with the given role. */
  public static String answers(String role, String phase) {
    return Payloads.object(
        "answers",
        Payloads.nested(
            "involved", List.of("yes"),
            "role", List.of(role),
            "country", List.of("DK"),
            "organisation_type", List.of("ngo"),
            "setting", List.of("bottom_up"),
            "phase", List.of(phase),
            "challenge_field", List.of("health_wellbeing"),
            "characteristics.clear_target", List.of("2"),
            "funding_sources", List.of("national_state", "philanthropic"),
            "risks", List.of("silos"),
            "reflections", List.of("Our partners in the municipality keep us going")));
  }

  /** The organisation answers the campaign for the mission and submits its response. */
  public static void submit(Scenario.Org org, String mission, String campaign, String answers) {
    String path = responsePath(org, mission, campaign);
    ApiResponse saved = org.admin().api().put(path, answers, null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    ApiResponse submitted = org.admin().api().postAction(path + "/submit", saved.etag());
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
  }

  public static String responsePath(Scenario.Org org, String mission, String campaign) {
    return org.missionPath(mission) + "/survey/campaigns/" + campaign + "/response";
  }
}

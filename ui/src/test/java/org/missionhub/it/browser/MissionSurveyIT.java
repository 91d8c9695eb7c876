package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * A mission's own survey in the browser: the lead's leader opens one in the mission's Surveys tab, the
 * people of both organisations answer, the leader closes it and publishes the results, and crosses two
 * questions in them.
 */
@ExtendWith(Browser.class)
class MissionSurveyIT {

  private static final String INSTRUMENTS = "/api/v1/platform/survey/instruments";

  @Test
  void aLeaderRunsAMissionSurveyAndReadsItsResults(Browser browser) {
    String code = publishedTemplate();
    Org lead = surveying("ui-ms-lead", "NGO", "DK");
    Org partner = surveying("ui-ms-partner", "FOUNDATION", "FR");
    String mission = Scenario.mission(lead, "Circular construction");
    Scenario.partnership(lead, mission, partner);
    List<Person> people = List.of(participant(lead, partner, mission), participant(lead, partner, mission), participant(lead, partner, mission));

    // the leader opens a survey in the mission's Surveys tab
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-survey-surveys");
    Fields fields = new Fields(browser);
    fields.click("mission-survey-new");
    fields.type("campaign-title", "How are we working together?");
    fields.choose("campaign-instrument", "Missions needs assessment · " + code + " v1");
    fields.type("campaign-minimum", "3");
    centered(browser, "mission-survey-create");
    browser.waitFor(By.id("mission-survey-progress"));
    assertThat(browser.driver().findElement(By.id("surveys-campaign")).getAttribute("textContent")).contains("Mission survey: How are we working together?");
    Accessibility.assertNoSeriousViolations(browser, "a mission's surveys");

    // the people of both organisations answer
    String survey = lead.admin().api().get(lead.missionPath(mission) + "/survey/mission-surveys").array().getJsonObject(0).getString("id");
    answer(lead, mission, survey, lead.admin(), "leader");
    people.forEach(person -> answer(partner, mission, survey, person, "participant"));

    // the leader closes it, publishes the results and crosses the phase with how the mission was set
    MissionPage.open(browser, mission).tab("tab-plugin-survey-surveys");
    centered(browser, By.xpath("//vaadin-grid-cell-content[normalize-space()='How are we working together?']"));
    browser.waitUntil(d -> d.findElement(By.id("mission-survey-progress")).getAttribute("textContent").contains(": 4"));
    centered(browser, "mission-survey-close");
    centered(browser, "mission-survey-publish");
    browser.waitUntil(d -> d.findElements(By.id("mission-survey-publish")).isEmpty());
    browser.waitFor(By.id("result-phase"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(By.id("crosstab-phase")));
    fields.choose("crosstab-phase", "How was the mission set?");
    browser.waitFor(By.id("crosstab-table"));
    assertThat(browser.driver().findElement(By.id("crosstab-table")).getAttribute("textContent")).contains("Bottom-up", "100", "(4)");
    Screenshots.save(browser, "survey-mission.png");
    Accessibility.assertNoSeriousViolations(browser, "a mission survey's results crossed");

    // and opens the results' discussion for the mission's people
    centered(browser, "mission-survey-comments");
    fields.type("discussion-item-new-text", "Only bottom-up: do we ask the ministry again?");
    fields.click("discussion-item-new-post");
    browser.waitFor(By.xpath("//*[@id='discussion-item-threads']//p[normalize-space()='Only bottom-up: do we ask the ministry again?']"));
    fields.click("discussion-item-close");
    browser.waitFor(By.xpath("//*[@id='mission-survey-comments'][contains(., 'Comments on the results (1)')]"));
  }

  @Test
  void aCoordinatorBuildsTheOrganisationsOwnQuestionnaireAndRunsTheMissionsSurveyOnIt(Browser browser) {
    Org lead = surveying("ui-own-lead", "LOCAL_GOVERNMENT", "DK");
    String mission = Scenario.mission(lead, "Green school yards");
    String code = "yard_" + Scenario.shortId().replace('-', '_');

    // the leader starts a blank form among the organisation's own questionnaires, builds it and publishes it
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-survey-surveys");
    Fields fields = new Fields(browser);
    fields.click(By.cssSelector("#own-instruments vaadin-details-summary"));
    fields.type("instrument-code", code);
    fields.click("instrument-new-form");
    browser.waitFor(By.id("builder-status"));
    fields.type("builder-question-label-en", "Is the school yard green?");
    fields.click("builder-save");
    fields.click("builder-close");
    browser.waitUntil(d -> d.findElements(By.id("builder-dialog")).isEmpty());
    fields.click("instrument-publish-" + code);
    browser.waitUntil(d -> d.findElements(By.id("instrument-publish-" + code)).isEmpty());
    Screenshots.save(browser, "survey-own-questionnaires.png");
    Accessibility.assertNoSeriousViolations(browser, "an organisation's own questionnaires");

    // and puts it to the mission's people: the form offers it as the organisation's own
    fields.click("mission-survey-new");
    fields.type("campaign-title", "Yard pulse");
    fields.choose("campaign-instrument", "New form · " + code + " v1 · ours");
    fields.type("campaign-minimum", "3");
    centered(browser, "mission-survey-create");
    browser.waitFor(By.id("mission-survey-progress"));
    var instrument = lead.admin().api().get(lead.missionPath(mission) + "/survey/mission-surveys").array().getJsonObject(0).getJsonObject("instrument");
    assertThat(instrument.getString("code")).isEqualTo(code);
    assertThat(instrument.getString("owner")).isEqualTo("organisation");
    var question = lead.admin().api().get(lead.missionPath(mission) + "/survey/own-instruments/" + code + "/versions/1").json()
        .getJsonObject("definition").getJsonArray("sections").getJsonObject(0).getJsonArray("questions").getJsonObject(0);
    assertThat(question.getJsonObject("label").getString("en")).isEqualTo("Is the school yard green?");
  }

  /** Clicks the element scrolled to the middle of the window (the form is long; the header would cover it at the edge). */
  private static void centered(Browser browser, String id) {
    centered(browser, By.id(id));
  }

  private static void centered(Browser browser, By by) {
    // present is enough: the view may have been scrolled away from it (the tab is rebuilt after each action)
    var element = browser.waitUntil(d -> d.findElements(by).stream().findFirst().orElse(null));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static Org surveying(String label, String type, String country) {
    return Scenario.organisation(label, type, country, "survey");
  }

  private static Person participant(Org lead, Org partner, String mission) {
    Person person = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, person, partner.slug(), "PARTICIPANT");
    return person;
  }

  private static String publishedTemplate() {
    String code = "ui_ms_" + Scenario.shortId().replace('-', '_');
    var analyst = Scenario.benchmarkAnalyst().api();
    ApiResponse created = analyst.post(INSTRUMENTS, Payloads.object("code", code, "template", "missions_needs_assessment"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(analyst.postAction(INSTRUMENTS + "/" + code + "/versions/1/publish", created.etag()).status()).isEqualTo(200);
    return code;
  }

  private static void answer(Org org, String mission, String survey, Person person, String role) {
    String path = org.missionPath(mission) + "/survey/campaigns/" + survey + "/response";
    ApiResponse saved = person.api().put(path, Payloads.object("answers", Payloads.nested(
        "involved", List.of("yes"), "role", List.of(role), "country", List.of("DK"), "organisation_type", List.of("ngo"),
        "setting", List.of("bottom_up"), "phase", List.of("middle"), "challenge_field", List.of("health_wellbeing"))), null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(person.api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(200);
  }
}

package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * Indicators in the browser (issue 15): the leader defines an indicator with a baseline and targets that a
 * partner reports; the partner's implementer reports a value, a wrong period first, refused on its field; the
 * leader verifies the value and sees the indicator on track, writes and approves the M&E plan, and sees the
 * health check turn green. A partner imports its values from a spreadsheet once every row is right. A
 * leader feeds an indicator from the mission's survey, and the published result arrives.
 */
@ExtendWith(Browser.class)
class EvaluationBrowserIT {

  @Test
  void aPartnerReportsAValueTheLeaderVerifiesAndProgressShows(Browser browser) {
    // given two organisations of a mission and an implementer at the partner
    Org lead = Scenario.organisation("ui-evaluation-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
    Org partner = Scenario.organisation("ui-evaluation-partner", "NGO", "DK", "roadmap", "evaluation");
    String mission = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");

    // the leader defines an indicator the partner reports, a wrong target first
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    Fields fields = new Fields(browser);
    fields.click("evaluation-add-indicator");
    fields.type("evaluation-indicator-code", "YMH-2");
    fields.type("evaluation-indicator-name-en", "Upper-secondary schools with a counsellor");
    fields.type("evaluation-indicator-unit", "schools");
    fields.choose("evaluation-indicator-reporter", "Organisation " + partner.slug());
    fields.choose("evaluation-indicator-responsible", implementer.name());
    fields.type("evaluation-indicator-baseline", "12");
    browser.waitFor(By.cssSelector("#evaluation-indicator-baseline-date input")).sendKeys("12/12/2024\n"); // (12/12: the same day whichever order the locale writes)
    fields.type("evaluation-indicator-targets", "2026: 60\n2027-Q4: 140");
    fields.click("evaluation-indicator-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-indicator-targets'][@invalid]"));
    assertThat(browser.waitFor(By.id("evaluation-indicator-targets")).getAttribute("errorMessage")).startsWith("#2: must be a yearly period");
    fields.type("evaluation-indicator-targets", "2026: 60\n2027: 140");
    fields.click("evaluation-indicator-save");
    browser.waitUntil(d -> d.findElements(By.id("evaluation-indicator-dialog")).isEmpty());
    assertThat(browser.waitFor(By.id("evaluation-track-YMH-2")).getText()).isEqualTo("No values yet");
    assertThat(browser.waitFor(By.id("evaluation-indicator-YMH-2")).getText()).contains("Reported by Organisation " + partner.slug() + " (" + implementer.name() + ")");
    assertThat(browser.driver().findElements(By.id("evaluation-report-YMH-2"))).as("the leader manages, so may report too").isNotEmpty();
    WorkspacePage.signOut(browser);

    // the partner's implementer reports 2026: a period of the wrong kind first, refused on the field
    WorkspacePage.signIn(browser, implementer, partner.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    assertThat(browser.driver().findElements(By.id("evaluation-add-indicator"))).isEmpty();
    fields.click("evaluation-report-YMH-2");
    fields.type("evaluation-actual-period", "2026-03");
    fields.type("evaluation-actual-value", "71");
    fields.type("evaluation-actual-source", "School census");
    fields.click("evaluation-actual-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-actual-period'][@invalid]"));
    fields.type("evaluation-actual-period", "2026");
    fields.click("evaluation-actual-save");
    browser.waitFor(By.id("evaluation-value-YMH-2-2026"));
    assertThat(browser.driver().findElements(By.id("evaluation-verify-YMH-2-2026"))).as("an implementer does not verify").isEmpty();
    WorkspacePage.signOut(browser);

    // the leader verifies it and sees the indicator on track: 71 schools against a path at 60 by the end of 2026
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    fields.click("evaluation-verify-YMH-2-2026");
    browser.waitFor(By.xpath("//*[@id='evaluation-value-YMH-2-2026']//span[normalize-space()='Verified']"));
    assertThat(browser.waitFor(By.id("evaluation-track-YMH-2")).getText()).isEqualTo("On track");
    assertThat(browser.waitFor(By.id("evaluation-progress-YMH-2")).getText()).contains("Now 71 schools").contains("46.1 % of the way");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('evaluation-summary').scrollIntoView({block: 'center'});");
    assertThat(browser.waitFor(By.id("evaluation-summary")).getText()).isEqualTo("Indicators: 1 · on track: 1 · off track: 0 · no values or target: 0");
    // the leader asks about the indicator in its discussion; the button then counts the comment
    fields.click("evaluation-comments-YMH-2");
    fields.type("discussion-item-new-text", "Which schools count as covered?");
    fields.click("discussion-item-new-post");
    browser.waitFor(By.xpath("//*[@id='discussion-item-threads']//p[normalize-space()='Which schools count as covered?']"));
    fields.click("discussion-item-close");
    browser.waitFor(By.xpath("//*[@id='evaluation-comments-YMH-2'][contains(., 'Comments (1)')]"));
    browser.keepScreenshot("indicators");

    // the leader writes the M&E plan (a question without its text first), approves it, and the health check turns green
    // (the plan is at the top of the tab, scrolled out of the way by now)
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('evaluation-plan').scrollIntoView({block: 'center'});");
    assertThat(browser.waitFor(By.id("evaluation-plan-status")).getText()).isEqualTo("Not written yet");
    fields.click("evaluation-plan-edit");
    fields.type("evaluation-plan-purpose", "Know each year whether schools can offer help");
    fields.click("evaluation-plan-add-question");
    fields.pick("evaluation-question-indicators-0", "YMH", "YMH-2");
    fields.click("evaluation-plan-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-question-text-0'][@invalid]"));
    fields.type("evaluation-question-text-0", "Do schools offer help close to young people?");
    fields.click("evaluation-plan-save");
    browser.waitUntil(d -> d.findElements(By.id("evaluation-plan-dialog")).isEmpty());
    browser.waitUntil(d -> d.findElements(By.xpath("//*[@id='evaluation-plan-status'][normalize-space()='Draft']")).size() == 1);
    assertThat(browser.driver().findElement(By.id("evaluation-plan-questions")).getAttribute("textContent")).contains("Effectiveness · Do schools offer help close to young people? (YMH-2)");
    fields.click("evaluation-plan-approve");
    fields.type("evaluation-approval-decided-by", "Steering group");
    fields.click("evaluation-approval-save");
    browser.waitUntil(d -> d.findElements(By.xpath("//*[@id='evaluation-plan-status'][starts-with(normalize-space(), 'Approved on')]")).size() == 1);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('tab-overview').scrollIntoView({block: 'center'});");
    // (the overview is drawn again when it is shown: wait for the new one)
    fields.click("tab-overview");
    browser.waitFor(By.xpath("//*[@id='evaluation-card-summary'][starts-with(normalize-space(), 'Indicators: 1 · on track: 1')]"));
    browser.waitFor(By.xpath("//*[@id='health-evaluation.plan-approved'][starts-with(normalize-space(), 'Done')]"));
    // and the workspace counts the mission among those with a plan, the 2026 value reported
    WorkspacePage.open(browser);
    browser.waitFor(By.xpath("//*[@id='evaluation-coverage-plans'][starts-with(normalize-space(), 'Missions with an approved monitoring and evaluation plan: 1 of 1 (100 %)')]"));
  }

  @Test
  void aPartnerImportsItsValuesFromASpreadsheetOnlyOnceEveryRowIsRight(Browser browser) throws java.io.IOException {
    Org lead = Scenario.organisation("ui-value-import-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
    Org partner = Scenario.organisation("ui-value-import-partner", "NGO", "DK", "roadmap", "evaluation");
    String mission = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    String evaluation = lead.missionPath(mission) + "/evaluation";
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-3", "name", Payloads.nested("en", "Counsellors trained"), "unit", "people",
        "periodicity", "QUARTERLY", "reporter", partner.slug(), "baseline", "0", "baselineDate", "2025-12-31", "targets", List.of((Object) Payloads.nested("period", "2028-Q4", "value", "400")))).status())
        .isEqualTo(201);
    java.nio.file.Path broken = java.nio.file.Files.createTempFile("values-broken", ".csv");
    java.nio.file.Files.writeString(broken, "indicator;period;value\nYMH-3;2026-Q1;40\nYMH-3;2026;55\n");
    java.nio.file.Path fixed = java.nio.file.Files.createTempFile("values-fixed", ".csv");
    java.nio.file.Files.writeString(fixed, "indicator;period;value\nYMH-3;2026-Q1;40\nYMH-3;2026-Q2;55,5\n");

    WorkspacePage.signIn(browser, implementer, partner.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    Fields fields = new Fields(browser);
    fields.click("evaluation-import-open");
    fields.upload("evaluation-import-upload", broken);
    // the problem is named by row and column, and nothing can be imported
    browser.waitFor(By.xpath("//vaadin-grid[@id='evaluation-import-problems']//vaadin-grid-cell-content[normalize-space()='period']"));
    assertThat(browser.waitFor(By.id("evaluation-import-verdict")).getText()).startsWith("1 problem");
    assertThat(browser.driver().findElement(By.id("evaluation-import-apply")).getDomAttribute("disabled")).as("Import is disabled").isNotNull();

    // the fixed file (a decimal comma, as a Danish spreadsheet saves) is clean, and both values are imported
    fields.upload("evaluation-import-upload", fixed);
    browser.waitFor(By.xpath("//*[@id='evaluation-import-verdict'][starts-with(normalize-space(), 'Checked, no problems: 2 value(s) to add')]"));
    fields.click("evaluation-import-apply");
    browser.waitUntil(d -> d.findElements(By.id("evaluation-import-dialog")).isEmpty());
    assertThat(browser.waitFor(By.id("evaluation-value-YMH-3-2026-Q2")).getText()).startsWith("2026-Q2: 55.5 people");
    assertThat(browser.waitFor(By.id("evaluation-value-YMH-3-2026-Q1")).getText()).contains("Reported");
  }

  @Test
  void aLeaderFeedsAnIndicatorFromTheMissionsSurveyAndItsPublishedResultArrives(Browser browser) throws InterruptedException {
    Org lead = Scenario.organisation("ui-fed-lead", "NATIONAL_GOVERNMENT", "DK", "survey", "roadmap", "evaluation");
    String mission = Scenario.mission(lead, "Mental health for young people");
    String evaluation = lead.missionPath(mission) + "/evaluation";
    String instrument = org.missionhub.it.survey.Campaigns.publishedTemplate();
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String surveys = lead.missionPath(mission) + "/survey/mission-surveys";
    String survey = lead.admin().api().post(surveys, Payloads.object("title", "Where do we stand?", "instrument", Payloads.nested("code", instrument, "version", 1),
        "anonymous", false, "editableAfterSubmit", false, "minimumCellSize", 3, "opensAt", now.minusMinutes(1).toString(), "closesAt", now.plusDays(1).toString())).json().getString("id");
    assertThat(lead.admin().api().post(evaluation + "/indicators", Payloads.object("code", "YMH-7", "name", Payloads.nested("en", "People who see the mission under way"),
        "unit", "%", "periodicity", "YEARLY", "reporter", lead.slug())).status()).isEqualTo(201);

    // the leader chooses the figure: the share answering "in the middle of it"
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    Fields fields = new Fields(browser);
    fields.click("evaluation-feed-open-YMH-7");
    // (a single ComboBox closes on the click: no Escape after it, which would close the dialog)
    browser.waitFor(By.cssSelector("#evaluation-feed-figure input")).sendKeys("middle");
    browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '% In the middle')]")).click();
    fields.click("evaluation-feed-save");
    browser.waitUntil(d -> d.findElements(By.id("evaluation-feed-dialog")).isEmpty());
    assertThat(browser.waitFor(By.id("evaluation-feed-label-YMH-7")).getText()).startsWith("Fed by the mission's surveys: phase").contains("% In the middle");

    // three people answer, the survey closes and its results are published: the value arrives, written by the survey
    for (Person person : List.of(lead.admin(), member(lead, mission, "COORDINATOR"), member(lead, mission, "PARTICIPANT"))) {
      String path = lead.missionPath(mission) + "/survey/campaigns/" + survey + "/response";
      var saved = person.api().put(path, org.missionhub.it.survey.Campaigns.answers("participant", "middle"), null);
      assertThat(person.api().postAction(path + "/submit", saved.etag()).status()).isEqualTo(200);
    }
    var closed = lead.admin().api().postAction(surveys + "/" + survey + "/close", lead.admin().api().get(surveys + "/" + survey).etag());
    assertThat(lead.admin().api().postAction(surveys + "/" + survey + "/publish", closed.etag()).status()).isEqualTo(200);
    String year = Integer.toString(java.time.OffsetDateTime.parse(closed.json().getString("closesAt")).getYear());
    for (int i = 0; i < 100 && lead.admin().api().get(evaluation).json().getJsonArray("indicators").getJsonObject(0).getJsonArray("actuals").isEmpty(); i++) {
      Thread.sleep(200);
    }
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-indicators");
    assertThat(browser.waitFor(By.id("evaluation-value-YMH-7-" + year)).getText()).startsWith(year + ": 100%").contains("Survey: Where do we stand?");
    browser.keepScreenshot("indicator-fed-from-survey");
  }

  private static Person member(Org org, String mission, String role) {
    Person person = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, person, org.slug(), role);
    return person;
  }

  @Test
  void aLeaderBuildsATheoryOfChangeOverTwoRoadmapInitiativesAndSeesProgressRollUp(Browser browser) {
    // given two initiatives of the roadmap and an indicator halfway from its baseline (80) to its target (30)
    Org lead = Scenario.organisation("ui-theory-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
    String mission = Scenario.mission(lead, "Mental health for young people");
    String roadmap = lead.missionPath(mission) + "/roadmap/initiatives";
    lead.admin().api().post(roadmap, Payloads.object("title", "School counsellors", "type", "PROGRAMME", "start", "2026-01-01", "end", "2027-12-31", "lifecycle", "ACTIVE"));
    lead.admin().api().post(roadmap, Payloads.object("title", "Weekend helpline", "type", "PILOT", "start", "2026-03-01", "end", "2026-12-31", "lifecycle", "ACTIVE"));
    String indicators = lead.missionPath(mission) + "/evaluation/indicators";
    String waiting = lead.admin().api().post(indicators, Payloads.object(
        "code", "YMH-1", "name", Payloads.nested("en", "Waiting more than 30 days"), "unit", "%", "direction", "DECREASE",
        "baseline", "80", "baselineDate", "2025-12-31", "targets", List.of((Object) Payloads.nested("period", "2028", "value", "30")))).json().getString("id");
    lead.admin().api().post(indicators + "/" + waiting + "/actuals", Payloads.object("period", "2026", "value", "55"));

    // the tab says both initiatives contribute to nothing yet
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-evaluation-theory");
    browser.waitUntil(d -> d.findElements(By.cssSelector("#evaluation-theory-checks li[data-kind='CONTRIBUTES_TO_NOTHING']")).size() == 2);
    Fields fields = new Fields(browser);

    // an outcome without its title is refused on the field; then the outcome, measured by the indicator
    fields.click("evaluation-theory-add-step");
    fields.click("evaluation-theory-step-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-theory-title'][@invalid]"));
    fields.type("evaluation-theory-title", "Young people get help within a month");
    fields.pick("evaluation-theory-indicators", "YMH", "YMH-1");
    fields.click("evaluation-theory-step-save");
    browser.waitUntil(d -> d.findElements(By.id("evaluation-theory-step-dialog")).isEmpty());
    // the two initiatives as steps
    for (String initiative : List.of("School counsellors", "Weekend helpline")) {
      fields.click("evaluation-theory-add-step");
      fields.choose("evaluation-theory-kind", "Initiative");
      fields.choose("evaluation-theory-initiative", initiative);
      fields.click("evaluation-theory-step-save");
      browser.waitUntil(d -> d.findElements(By.id("evaluation-theory-step-dialog")).isEmpty());
    }
    // each leads to the outcome, and the outcome to the mission target
    for (String from : List.of("Initiative: School counsellors", "Initiative: Weekend helpline", "Outcome: Young people get help within a month")) {
      fields.click("evaluation-theory-add-link");
      fields.choose("evaluation-theory-from", from);
      fields.choose("evaluation-theory-to", from.startsWith("Outcome") ? "Mission target" : "Outcome: Young people get help within a month");
      if (from.contains("counsellors")) {
        fields.type("evaluation-theory-assumptions", "Schools free a room for the counsellor");
      }
      fields.click("evaluation-theory-link-save");
      browser.waitUntil(d -> d.findElements(By.id("evaluation-theory-link-dialog")).isEmpty());
    }

    // then nothing is left over, the diagram shows the steps, and progress rolls up to the target: halfway
    browser.waitFor(By.xpath("//*[@id='evaluation-theory-checks']//p[starts-with(normalize-space(), 'No problems found')]"));
    assertThat(browser.waitFor(By.cssSelector("#evaluation-theory-diagram svg")).getAttribute("aria-label")).startsWith("Theory of change: 3 steps and 3 links");
    assertThat(browser.driver().findElements(By.cssSelector("#evaluation-theory-diagram g.toc-node"))).hasSize(4);
    assertThat(browser.waitFor(By.id("evaluation-theory-target")).getText()).contains("Halve the share").contains("50.0 % of the way");
    assertThat(browser.waitFor(By.id("evaluation-theory-list")).getText()).contains("Measured by: YMH-1").contains("assumes: Schools free a room for the counsellor");
    browser.keepScreenshot("theory-of-change");
  }
}

package org.missionhub.it.browser;

import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

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
 * axe-core (WCAG 2.1 A/AA rules) in every main view, with data in it: no serious or critical violation.
 */
@ExtendWith(Browser.class)
class AccessibilityIT {

  @Test
  void theWelcomePage(Browser browser) {
    browser.open("/");
    browser.waitFor(By.id("sign-in"));
    assertNoSeriousViolations(browser, "the welcome page");
  }

  @Test
  void theWorkspaceAndTheMissionTabs(Browser browser) {
    // given a mission with a partner, roles, a gate decision, risks and a governance body
    Org lead = Scenario.organisation("a11y-lead");
    Org partner = Scenario.organisation("a11y-partner");
    String missionId = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, missionId, partner);
    Person coordinator = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, missionId, coordinator, partner.slug(), "COORDINATOR");
    String path = lead.missionPath(missionId);
    lead.admin().api().post(path + "/decisions", Payloads.object("title", "Start", "status", "PROPOSED", "phaseTo", "IN_PROGRESS"));
    lead.admin().api().post(path + "/risks", Payloads.object("title", "Silos", "category", "SILOS", "likelihood", 4, "impact", 5));
    lead.admin().api().post(path + "/governance-bodies", Payloads.object("name", "Steering group", "mandate", "Gate decisions"));
    String invitingMission = Scenario.mission(partner, "Invitation waiting");
    partner.admin().api().post(partner.missionPath(invitingMission) + "/partners", Payloads.object("organisation", lead.slug()));

    WorkspacePage workspace = WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    assertNoSeriousViolations(browser, "the workspace");
    workspace.newMission();
    assertNoSeriousViolations(browser, "the new-mission wizard");

    MissionPage mission = MissionPage.open(browser, missionId);
    assertNoSeriousViolations(browser, "the mission overview");
    new Fields(browser).click("edit-charter");
    browser.waitFor(By.id("charter-form"));
    assertNoSeriousViolations(browser, "the charter form");
    mission.tab("tab-partners");
    browser.waitFor(By.id("partners"));
    assertNoSeriousViolations(browser, "the partners tab");
    mission.tab("tab-people");
    browser.waitFor(By.id("roles"));
    assertNoSeriousViolations(browser, "the people tab");
    mission.tab("tab-governance");
    browser.waitFor(By.id("risk-matrix"));
    assertNoSeriousViolations(browser, "the governance tab");
    new Fields(browser).click("add-risk");
    browser.waitFor(By.id("risk-title"));
    assertNoSeriousViolations(browser, "the risk dialog");
  }

  @Test
  void theOrganisationAdministrationPages(Browser browser) {
    Org org = Scenario.organisation("a11y-admin");
    Scenario.member(org, "MEMBER");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    browser.open("/organisation/members");
    browser.waitFor(By.id("members"));
    assertNoSeriousViolations(browser, "the members page");
    browser.open("/organisation");
    browser.waitFor(By.id("profile-name"));
    assertNoSeriousViolations(browser, "the organisation profile");
    browser.open("/organisation/plugins");
    browser.waitFor(By.id("plugins"));
    assertNoSeriousViolations(browser, "the plugins page");
    new Fields(browser).click("plugin-settings-notes");
    browser.waitFor(By.id("setting-maxLength"));
    assertNoSeriousViolations(browser, "the plugin settings dialog");
  }

  @Test
  void aPluginsMissionTab(Browser browser) {
    Org org = Scenario.organisation("a11y-plugin");
    String missionId = Scenario.mission(org, "Responsible digitisation");
    Scenario.plugin(org, "notes", true);
    org.admin().api().post(org.missionPath(missionId) + "/notes/notes", Payloads.object("text", "Kick-off on Monday"));
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    MissionPage.open(browser, missionId).tab("tab-plugin-notes-notes");
    browser.waitFor(By.id("notes-text"));
    assertNoSeriousViolations(browser, "the notes tab of the example plugin");
  }

  @Test
  void theRoadmapTabItsDialogsAndOurInitiatives(Browser browser) {
    // given a portfolio with two organisations' initiatives, a milestone, a broken dependency and a baseline
    Org lead = Scenario.organisation("a11y-roadmap", "LOCAL_GOVERNMENT", "DK", "roadmap");
    Org partner = Scenario.organisation("a11y-roadmap-partner", "NGO", "DK", "roadmap");
    String missionId = Scenario.mission(lead, "The irresistible circular society");
    Scenario.partnership(lead, missionId, partner);
    String roadmap = lead.missionPath(missionId) + "/roadmap";
    String objective = lead.admin().api().post(roadmap + "/objectives", Payloads.object("title", "Halve residual waste", "dueYear", 2035)).json().getString("id");
    String cafes = lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
        "title", "Repair cafés", "type", "PILOT", "owner", partner.slug(), "objectives", java.util.List.of(objective), "start", "2027-01-01", "end", "2028-12-31",
        "lifecycle", "ACTIVE", "rag", "AMBER", "ragReason", "Volunteers are scarce")).json().getString("id");
    String procurement = lead.admin().api().post(roadmap + "/initiatives", Payloads.object(
        "title", "Circular procurement", "type", "PROCUREMENT", "objectives", java.util.List.of(objective), "start", "2027-03-01", "end", "2027-12-31",
        "lifecycle", "ACTIVE")).json().getString("id");
    String opened = lead.admin().api().post(roadmap + "/milestones", Payloads.object("initiative", cafes, "title", "Ten cafés open", "due", "2027-06-30")).json().getString("id");
    lead.admin().api().post(roadmap + "/dependencies", Payloads.object(
        "predecessor", Payloads.nested("kind", "MILESTONE", "id", opened), "successor", Payloads.nested("kind", "INITIATIVE", "id", procurement), "kind", "FINISH_TO_START"));
    lead.admin().api().post(roadmap + "/baselines", Payloads.object("name", "Approved plan"));

    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, missionId).tab("tab-plugin-roadmap-roadmap");
    browser.waitFor(By.id("roadmap-baseline-verdict"));
    assertNoSeriousViolations(browser, "the roadmap tab");
    Fields fields = new Fields(browser);
    fields.click("roadmap-import");
    browser.waitFor(By.id("roadmap-import-kind"));
    assertNoSeriousViolations(browser, "the import dialog");
    browser.open("/organisation/plugin/roadmap/initiatives");
    browser.waitFor(By.id("roadmap-our-initiatives-grid"));
    assertNoSeriousViolations(browser, "our initiatives");
    browser.open("/feeds?mission=" + missionId);
    browser.waitFor(By.id("feed-create-roadmap-milestones"));
    assertNoSeriousViolations(browser, "the calendar feeds page");
    fields.click("feed-create-roadmap-my-milestones");
    browser.waitFor(By.id("feed-address"));
    assertNoSeriousViolations(browser, "a new feed address");
  }

  @Test
  void theIndicatorsTabAndItsDialogs(Browser browser) {
    // given an indicator on track, one off track with a disputed value, and one without values
    Org lead = Scenario.organisation("a11y-evaluation", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
    Person second = Scenario.member(lead, "MEMBER");
    String missionId = Scenario.mission(lead, "Mental health for young people");
    Scenario.role(lead, missionId, second, lead.slug(), "LEADER");
    String evaluation = lead.missionPath(missionId) + "/evaluation/indicators";
    String counsellors = lead.admin().api().post(evaluation, Payloads.object(
        "code", "YMH-2", "name", Payloads.nested("en", "Schools with a counsellor"), "unit", "schools", "baseline", "12", "baselineDate", "2024-12-31",
        "targets", java.util.List.of((Object) Payloads.nested("period", "2026", "value", "60")))).json().getString("id");
    lead.admin().api().post(evaluation + "/" + counsellors + "/actuals", Payloads.object("period", "2026", "value", "71"));
    String waiting = lead.admin().api().post(evaluation, Payloads.object(
        "code", "YMH-1", "name", Payloads.nested("en", "Waiting more than 30 days"), "unit", "%", "direction", "DECREASE", "disaggregations", java.util.List.of("age group"),
        "baseline", "80", "baselineDate", "2025-12-31", "targets", java.util.List.of((Object) Payloads.nested("period", "2028", "value", "30")))).json().getString("id");
    lead.admin().api().post(evaluation + "/" + waiting + "/actuals", Payloads.object("period", "2026", "value", "70"));
    var disputed = lead.admin().api().post(evaluation + "/" + waiting + "/actuals", Payloads.object("period", "2026", "disaggregation", "age group: 15-19", "value", "75"));
    second.api().send("POST", evaluation + "/" + waiting + "/actuals/" + disputed.json().getString("id") + "/verification",
        Payloads.object("state", "DISPUTED", "note", "Counts referrals"), java.util.Map.of("Content-Type", "application/json", "If-Match", disputed.etag()));
    lead.admin().api().post(evaluation, Payloads.object("code", "YMH-3", "name", Payloads.nested("en", "Poor well-being")));

    WorkspacePage.signIn(browser, second, lead.slug());
    MissionPage.open(browser, missionId).tab("tab-plugin-evaluation-indicators");
    browser.waitFor(By.id("evaluation-verify-YMH-2-2026"));
    assertNoSeriousViolations(browser, "the indicators tab");
    Fields fields = new Fields(browser);
    fields.click("evaluation-add-indicator");
    browser.waitFor(By.id("evaluation-indicator-code"));
    assertNoSeriousViolations(browser, "the indicator dialog");
    fields.click("evaluation-indicator-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-indicator-code'][@invalid]"));
    assertNoSeriousViolations(browser, "the indicator dialog with its refusals");
    fields.click("evaluation-indicator-cancel");
    fields.click("evaluation-plan-edit");
    fields.click("evaluation-plan-add-question");
    fields.click("evaluation-plan-add-moment");
    browser.waitFor(By.id("evaluation-moment-title-0"));
    assertNoSeriousViolations(browser, "the M&E plan dialog");
    fields.click("evaluation-plan-cancel");
    fields.click("evaluation-add-lesson");
    browser.waitFor(By.id("evaluation-lesson-insight"));
    assertNoSeriousViolations(browser, "the lesson dialog");
  }

  @Test
  void theFundingTabHasNoSeriousViolations(Browser browser) {
    Org lead = Scenario.organisation("a11y-funding", "NATIONAL_GOVERNMENT", "DK", "roadmap", "funding");
    String missionId = Scenario.mission(lead, "Mental health for young people");
    String initiative = lead.admin().api().post(lead.missionPath(missionId) + "/roadmap/initiatives", Payloads.object("title", "School counsellors", "type", "PROGRAMME"))
        .json().getString("id");
    String funding = lead.missionPath(missionId) + "/funding";
    String funder = lead.admin().api().post(funding + "/funders", Payloads.object("name", "Ministry of Health", "sourceType", "NATIONAL_STATE",
        "calendar", Payloads.nested("closes", "--01-02", "approval", "--12-15"))).json().getString("id");
    lead.admin().api().put(funding + "/needs", Payloads.object("initiative", initiative, "year", 2027, "amount", "100000", "currency", "EUR"), null);
    lead.admin().api().post(funding + "/flows", Payloads.object("funder", funder, "initiative", initiative, "stage", "COMMITMENT", "date", "2026-03-01", "amount", "60000",
        "currency", "EUR"));

    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, missionId).tab("tab-plugin-funding-funding");
    browser.waitFor(By.id("funding-gaps"));
    assertNoSeriousViolations(browser, "the funding tab");
    browser.keepScreenshot("funding-tab");
    // the funder's dialog with its budget cycle (day fields and month selects), and the organisation's funding mix
    new Fields(browser).click("funding-funder-edit-0");
    browser.waitFor(By.id("funding-funder-closes-month"));
    assertNoSeriousViolations(browser, "the funder dialog");
    browser.keepScreenshot("funding-funder-dialog");
    browser.driver().findElement(By.cssSelector("#funding-funder-name input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser.waitUntil(d -> d.findElements(By.id("funding-funder-dialog")).isEmpty());
    new Fields(browser).click("nav-plugin-funding-mix");
    browser.waitFor(By.id("funding-mix-0-table"));
    assertNoSeriousViolations(browser, "the funding mix page");
  }

  @Test
  void theTheoryOfChangeTabAndItsDialogs(Browser browser) {
    // given a theory with an initiative, an outcome that leads to the target, and one that leads nowhere
    Org lead = Scenario.organisation("a11y-theory", "NATIONAL_GOVERNMENT", "DK", "roadmap", "evaluation");
    String missionId = Scenario.mission(lead, "Mental health for young people");
    String initiative = lead.admin().api().post(lead.missionPath(missionId) + "/roadmap/initiatives",
        Payloads.object("title", "School counsellors", "type", "PROGRAMME", "start", "2026-01-01", "end", "2027-12-31")).json().getString("id");
    String theory = lead.missionPath(missionId) + "/evaluation/theory";
    String step = lead.admin().api().post(theory + "/steps", Payloads.object("kind", "INITIATIVE", "initiative", initiative)).json().getString("id");
    String outcome = lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Young people get help earlier")).json().getString("id");
    lead.admin().api().post(theory + "/steps", Payloads.object("kind", "OUTCOME", "title", "Stray outcome"));
    lead.admin().api().post(theory + "/links", Payloads.object("from", step, "to", outcome, "assumptions", "Schools free a room"));
    lead.admin().api().post(theory + "/links", Payloads.object("from", outcome, "to", "target"));

    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, missionId).tab("tab-plugin-evaluation-theory");
    browser.waitFor(By.cssSelector("#evaluation-theory-diagram svg"));
    assertNoSeriousViolations(browser, "the theory of change tab");
    Fields fields = new Fields(browser);
    fields.click("evaluation-theory-add-step");
    fields.click("evaluation-theory-step-save");
    browser.waitFor(By.xpath("//*[@id='evaluation-theory-title'][@invalid]"));
    assertNoSeriousViolations(browser, "the step dialog with its refusal");
    fields.click("evaluation-theory-step-cancel");
    fields.click("evaluation-theory-add-link");
    browser.waitFor(By.id("evaluation-theory-assumptions"));
    assertNoSeriousViolations(browser, "the link dialog");
  }

  @Test
  void thePlatformAdministrationAndTheNoOrganisationPage(Browser browser) {
    Person newcomer = Person.register("a11y-newcomer");
    WorkspacePage.signInAnywhere(browser, newcomer, null);
    browser.waitFor(By.id("no-organisation"));
    assertNoSeriousViolations(browser, "the page for people without an organisation");
    WorkspacePage.signOut(browser);
    WorkspacePage.signInAnywhere(browser, Scenario.platformAdmin(), null);
    browser.open("/platform");
    browser.waitFor(By.id("nav-platform"));
    assertNoSeriousViolations(browser, "the platform administration");
    WorkspacePage.signOut(browser);
    // the analyst's platform-wide monitoring and evaluation coverage
    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    new Fields(browser).click("nav-platform-plugin-evaluation-platform-coverage");
    browser.waitFor(By.xpath("//*[@id='evaluation-platform-overall'][starts-with(normalize-space(), 'All missions:')]"));
    assertNoSeriousViolations(browser, "the platform's M&E coverage");
  }
}

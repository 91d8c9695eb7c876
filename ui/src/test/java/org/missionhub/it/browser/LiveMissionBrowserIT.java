package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * Live mission pages (issue 17, Vaadin Push): two people with the same mission open see each other; a comment one
 * writes appears on the other's page, and another change is announced there with a way to show it, without a
 * reload; the Activity pages put others' changes at their top; a change made through another server of a cluster is
 * announced as well.
 */
@ExtendWith(Browser.class)
class LiveMissionBrowserIT {

  @Test
  void othersChangesShowWithoutAReloadAndEachSeesWhoElseIsHere(Browser leaderBrowser, Browser implementerBrowser) {
    Org org = Scenario.organisation("ui-live");
    String mission = Scenario.mission(org, "Live mission");
    Person implementer = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, implementer, org.slug(), "IMPLEMENTER");

    WorkspacePage.signIn(leaderBrowser, org.admin(), org.slug());
    MissionPage.open(leaderBrowser, mission);
    WorkspacePage.signIn(implementerBrowser, implementer, org.slug());
    MissionPage.open(implementerBrowser, mission);

    // each sees the other
    leaderBrowser.waitFor(By.xpath("//*[@id='mission-presence'][contains(., '" + implementer.name() + "')]"));
    implementerBrowser.waitFor(By.xpath("//*[@id='mission-presence'][contains(., '" + org.admin().name() + "')]"));

    // the implementer comments in their browser: the comment appears on the leader's page, without a reload
    Fields implementerFields = new Fields(implementerBrowser);
    implementerFields.type("discussion-mission-new-text", "Volunteers are ready for May.");
    implementerFields.click("discussion-mission-new-post");
    leaderBrowser.waitFor(By.xpath("//*[@id='discussion-mission-threads']//p[normalize-space()='Volunteers are ready for May.']"));
    leaderBrowser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'changed this mission')]"));

    // a change through the API: the leader, on the governance tab, is told and shows it in the register at a click
    new Fields(leaderBrowser).click("tab-governance");
    implementer.api().post(org.missionPath(mission) + "/risks", Payloads.risk("Volunteers burn out", 3, 4));
    leaderBrowser.waitFor(By.xpath("(//vaadin-button[@id='live-show-changes'])[last()]")).click();
    leaderBrowser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Volunteers burn out')]"));
    assertNoSeriousViolations(leaderBrowser, "a live mission page");
    leaderBrowser.keepScreenshot("live-mission");

    // the implementer leaves the mission's page: the leader's page no longer names them
    new Fields(implementerBrowser).click("nav-workspace");
    leaderBrowser.waitUntil(d -> d.findElements(By.xpath("//*[@id='mission-presence'][contains(., '" + implementer.name() + "')]")).isEmpty());
  }

  @Test
  void theActivityPagesShowOthersChangesWithoutAReload(Browser browser) {
    Org org = Scenario.organisation("ui-live-activity");
    String mission = Scenario.mission(org, "Live activity mission");
    Person implementer = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, implementer, org.slug(), "IMPLEMENTER");
    String byImplementer = "//vaadin-grid-cell-content[normalize-space()='" + implementer.name() + "']";

    // the organisation's Activity: a risk added through the API comes to the top without a reload
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    browser.open("/activity");
    browser.waitFor(By.id("org-activity"));
    implementer.api().post(org.missionPath(mission) + "/risks", Payloads.risk("Volunteers burn out", 3, 4));
    browser.waitFor(By.xpath(byImplementer));

    // the mission's Activity tab: a comment the implementer writes appears there too
    MissionPage.open(browser, mission).tab("tab-activity");
    browser.waitFor(By.xpath(byImplementer));
    implementer.api().post(org.missionPath(mission) + "/comments", Payloads.object("body", "Volunteers are ready for May."));
    browser.waitUntil(d -> d.findElements(By.xpath(byImplementer)).size() >= 2);
    assertNoSeriousViolations(browser, "a live Activity tab");
  }

  @Test
  void aChangeMadeThroughAnotherServerOfTheClusterIsAnnouncedToo(Browser browser) throws Exception {
    Org org = Scenario.organisation("ui-live-cluster");
    String mission = Scenario.mission(org, "Live cluster mission");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    MissionPage.open(browser, mission);

    // another server of the cluster keeps a change it made, as LiveMissions does there
    try (java.sql.Connection c = Database.connect();
        java.sql.PreparedStatement insert = c.prepareStatement(
            "insert into live_change (id, kind, target_id, actor_subject, actor_name, origin, changed_at)"
                + " values (?, 'MISSION', ?, 'someone-else', 'Ines Elsewhere', 'another-server:1', current_timestamp)")) {
      insert.setString(1, java.util.UUID.randomUUID().toString());
      insert.setString(2, mission);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }

    // this server's round passes it on: the open page announces it, without a reload
    browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Ines Elsewhere')][contains(., 'changed this mission')]"));
  }
}

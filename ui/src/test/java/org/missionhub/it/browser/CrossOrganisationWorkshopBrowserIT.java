package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.survey.Campaigns;
import org.openqa.selenium.By;

/**
 * A cross-organisation workshop in two browsers (issue 17): the benchmark analyst prepares it on the Workshops page
 * for two organisations and opens it; the bell and the Workshops page of a member of one, open, show the invitation at
 * once (Push); the member finds it under Workshops, posts a note in its organisation's
 * name, and the analyst's room counts it without a reload; after the reveal the member sees the other organisation's
 * note signed with its name. An organisation not invited lists nothing. And from a benchmark campaign's published
 * results: the workshop for the organisations that answered, which they find next to the results.
 */
@ExtendWith(Browser.class)
class CrossOrganisationWorkshopBrowserIT {

  @Test
  void anAnalystRunsAWorkshopThatAnInvitedOrganisationsMemberJoins(Browser analystBrowser, Browser memberBrowser) {
    Org ministry = Scenario.organisation("ui-xw-ministry", "NATIONAL_GOVERNMENT", "DK");
    Org ngo = Scenario.organisation("ui-xw-ngo", "NGO", "FR");
    Org outsider = Scenario.organisation("ui-xw-outsider", "NGO", "DE");
    Person member = Scenario.member(ngo, "MEMBER");
    // the NGO's member has the Workshops page open, with nothing on it yet: the page and the bell will follow
    WorkspacePage.signIn(memberBrowser, member, ngo.slug());
    Fields fields = new Fields(memberBrowser);
    fields.click("nav-workshops");
    memberBrowser.waitFor(By.id("workshops-none"));
    int unread = unread(memberBrowser);

    // the analyst prepares the workshop for the ministry and the NGO, and opens it
    WorkspacePage.signInAnywhere(analystBrowser, Scenario.benchmarkAnalyst(), null);
    Fields analyst = new Fields(analystBrowser);
    analyst.click("nav-workshops");
    analystBrowser.waitFor(By.id("workshops-heading"));
    assertNoSeriousViolations(analystBrowser, "the analyst's workshops page");
    analyst.click("workshop-new-platform");
    analyst.type("workshop-title", "Peers across organisations");
    analyst.pick("workshop-organisations", ministry.slug(), "Organisation " + ministry.slug());
    analyst.pick("workshop-organisations", ngo.slug(), "Organisation " + ngo.slug());
    analyst.click("workshop-save");
    analystBrowser.waitFor(By.xpath("//h2[@id='workshop-heading'][normalize-space()='Peers across organisations']"));
    assertThat(analyst.text("workshop-invited")).contains(ministry.slug(), ngo.slug());
    String room = analystBrowser.url().substring(analystBrowser.url().indexOf("/workshops/"));
    analyst.click("workshop-to-posting");
    analystBrowser.waitFor(By.xpath("//*[@id='workshop-phase'][contains(., 'Silent posting')]"));
    memberBrowser.waitUntil(d -> unread(memberBrowser) == unread + 1);
    // the opened workshop is on the member's list without a reload (Push)
    memberBrowser.waitFor(By.xpath("//*[@id='workshops']//a[normalize-space()='Peers across organisations']"));
    var ministryNote = ministry.admin().api().post(ministry.path() + room + "/notes", org.missionhub.it.support.Payloads.object("prompt", 0, "body", "A clear, measurable target"));
    assertThat(ministryNote.status()).as(ministryNote.toString()).isEqualTo(201);

    // the NGO's member goes in from the list and posts for the NGO; the analyst's room counts it, live
    memberBrowser.waitFor(By.xpath("//*[@id='workshops']//a[normalize-space()='Peers across organisations']")).click();
    memberBrowser.waitFor(By.xpath("//h2[@id='workshop-heading'][normalize-space()='Peers across organisations']"));
    fields.type("workshop-note-0", "Break the silos between ministries");
    fields.click("workshop-post-0");
    memberBrowser.waitFor(note("Break the silos between ministries"));
    analystBrowser.waitFor(By.xpath("//*[@id='workshop-progress'][contains(., '2 notes from 2 people in 2 organisations')]"));

    // the reveal: the member sees the ministry's note, signed with the ministry's name
    analyst.click("workshop-to-revealed");
    memberBrowser.waitFor(note("A clear, measurable target"));
    memberBrowser.waitFor(By.xpath("//*[@id='workshop-board']//*[contains(., 'Organisation " + ministry.slug() + "')]"));
    assertNoSeriousViolations(memberBrowser, "a cross-organisation workshop after the reveal");
    memberBrowser.keepScreenshot("workshop-cross-organisation");

    // an organisation not invited lists nothing
    WorkspacePage.signOut(memberBrowser);
    WorkspacePage.signIn(memberBrowser, outsider.admin(), outsider.slug());
    fields.click("nav-workshops");
    memberBrowser.waitFor(By.id("workshops-none"));
  }

  @Test
  void anAnalystPreparesAWorkshopOnACampaignsResultsThatTheRespondentsFindNextToThem(Browser browser) {
    Org ngo = Campaigns.surveying("ui-cw-ngo", "NGO", "DK");
    Org municipality = Campaigns.surveying("ui-cw-municipality", "LOCAL_GOVERNMENT", "FR");
    String code = Campaigns.publishedTemplate();
    String campaign = Campaigns.open(Campaigns.form(code, List.of("NGO", "LOCAL_GOVERNMENT"), false, false, 3));
    Campaigns.submit(ngo, Scenario.mission(ngo, "Mental health for young people"), campaign, Campaigns.answers("leader", "middle"));
    Campaigns.submit(municipality, Scenario.mission(municipality, "Circular society"), campaign, Campaigns.answers("coordinator", "getting_started"));
    Campaigns.closeAndPublish(campaign);
    String title = "Missions needs assessment " + code;

    // from the campaign's page, one click prepares it for the two organisations that answered
    WorkspacePage.signInAnywhere(browser, Scenario.benchmarkAnalyst(), null);
    Fields fields = new Fields(browser);
    fields.click("nav-platform-plugin-survey-campaigns");
    fields.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + title + "']"));
    fields.click("campaign-workshop-prepare");
    browser.waitFor(By.xpath("//h2[@id='workshop-heading'][contains(., '" + title + "')]"));
    assertThat(fields.text("workshop-invited")).contains(ngo.slug(), municipality.slug());
    fields.click("workshop-to-posting");
    browser.waitFor(By.xpath("//*[@id='workshop-phase'][contains(., 'Silent posting')]"));

    // the NGO finds it next to the published results, and its link leads to the room
    WorkspacePage.signOut(browser);
    WorkspacePage.signIn(browser, ngo.admin(), ngo.slug());
    fields.click("nav-plugin-survey-benchmarks");
    browser.waitFor(By.xpath("//*[@id='campaign-workshops-" + campaign + "']//a[contains(., '" + title + "')]")).click();
    browser.waitFor(By.id("workshop-note-0"));
    browser.keepScreenshot("workshop-on-campaign-results");
  }

  /** The unread count on the bell, without a reload. */
  private static int unread(Browser browser) {
    var count = browser.driver().findElements(By.id("notices-unread"));
    return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().strip());
  }

  private static By note(String text) {
    return By.xpath("//*[@id='workshop-board']//p[normalize-space()='" + text + "']");
  }
}

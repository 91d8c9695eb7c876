package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * A peer-exchange workshop run end to end by three people in three browsers (issue 17): the leader prepares and
 * opens it; a colleague and a partner organisation's member post in silence (neither sees the other's note), the
 * reveal shows every note on every page without a reload (Push), the groups mix the organisations, the dots are
 * placed, and the close shows everyone the summary.
 */
@ExtendWith(Browser.class)
class WorkshopBrowserIT {

  @Test
  void threePeopleRunAWorkshopFromSilentPostingToTheSummary(Browser leaderBrowser, Browser colleagueBrowser, Browser partnerBrowser) {
    Org lead = Scenario.organisation("ui-ws-lead", "NATIONAL_GOVERNMENT", "DK");
    Org partner = Scenario.organisation("ui-ws-partner", "NGO", "FR");
    String mission = Scenario.mission(lead, "Circular society");
    Scenario.partnership(lead, mission, partner);
    Person colleague = Scenario.member(lead, "MEMBER");
    Scenario.role(lead, mission, colleague, lead.slug(), "PARTICIPANT");
    Person ngo = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, ngo, partner.slug(), "PARTICIPANT");

    // the leader prepares the workshop from the mission's Workshops tab and opens it
    WorkspacePage.signIn(leaderBrowser, lead.admin(), lead.slug());
    MissionPage.open(leaderBrowser, mission);
    Fields leader = new Fields(leaderBrowser);
    leader.click("tab-workshops");
    leader.click("workshop-new");
    leader.type("workshop-title", "What makes a good mission");
    leader.click("workshop-save");
    leaderBrowser.waitFor(By.xpath("//h2[@id='workshop-heading'][normalize-space()='What makes a good mission']"));
    String workshopPath = leaderBrowser.url().substring(leaderBrowser.url().indexOf("/missions/"));
    leader.click("workshop-to-posting");
    leaderBrowser.waitFor(By.xpath("//*[@id='workshop-phase'][contains(., 'Silent posting')]"));

    // both participants come in and post in silence
    WorkspacePage.signIn(colleagueBrowser, colleague, lead.slug());
    colleagueBrowser.open(workshopPath);
    WorkspacePage.signIn(partnerBrowser, ngo, partner.slug());
    partnerBrowser.open(workshopPath);
    Fields colleagueFields = new Fields(colleagueBrowser);
    Fields partnerFields = new Fields(partnerBrowser);
    colleagueFields.type("workshop-note-0", "A clear, measurable target");
    colleagueFields.click("workshop-post-0");
    partnerFields.type("workshop-note-0", "Break the silos between ministries");
    partnerFields.click("workshop-post-0");
    partnerBrowser.waitFor(note("Break the silos between ministries"));
    leaderBrowser.waitFor(By.xpath("//*[@id='workshop-progress'][contains(., '2 notes from 2 people in 2 organisations')]"));
    leaderBrowser.waitFor(By.xpath("//*[@id='workshop-presence'][contains(., '" + ngo.name() + "')][contains(., '" + colleague.name() + "')]"));
    assertThat(partnerBrowser.driver().findElements(note("A clear, measurable target"))).isEmpty();
    assertThat(leaderBrowser.driver().findElements(note("Break the silos between ministries"))).isEmpty();

    // the reveal: every page shows every note, without a reload
    leader.click("workshop-to-revealed");
    partnerBrowser.waitFor(note("A clear, measurable target"));
    colleagueBrowser.waitFor(note("Break the silos between ministries"));

    // breakout groups of four or fewer: one group, mixing both organisations
    leader.click("workshop-to-breakout");
    partnerBrowser.waitFor(By.xpath("//*[@id='workshop-group-1']//li[contains(., '" + colleague.name() + "')]"));
    partnerBrowser.waitFor(By.xpath("//*[@id='workshop-me'][contains(., 'You are in group 1')]"));

    // dot voting: the partner's member puts a dot on the colleague's note
    leader.click("workshop-to-voting");
    partnerBrowser.waitFor(By.xpath("//vaadin-button[@aria-label='Put a dot on “A clear, measurable target”']")).click();
    partnerBrowser.waitFor(By.xpath("//*[@id='workshop-me'][contains(., 'You have 2 dots left')]"));

    // the close: everyone sees the summary
    leader.click("workshop-to-closed");
    colleagueBrowser.waitFor(By.xpath("//*[@id='workshop-summary']//li[contains(., 'A clear, measurable target (1 dot)')]"));
    leaderBrowser.waitFor(By.id("workshop-summary-download"));
    assertNoSeriousViolations(leaderBrowser, "a closed workshop");
    leaderBrowser.keepScreenshot("workshop");
  }

  private static By note(String text) {
    return By.xpath("//*[@id='workshop-board']//p[normalize-space()='" + text + "']");
  }
}

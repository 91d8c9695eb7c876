package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The discussion in the browser (issue 17): the leader comments on the mission in Markdown and mentions the partner's
 * participant, who answers in the thread; a risk's comments open from its row; nothing a comment holds runs.
 */
@ExtendWith(Browser.class)
class DiscussionBrowserIT {

  @Test
  void aLeaderAndAPartnerDiscussTheMissionAndARisk(Browser browser) {
    Org lead = Scenario.organisation("ui-talk-lead");
    Org partner = Scenario.organisation("ui-talk-partner");
    String mission = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, mission, partner);
    Person participant = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, participant, partner.slug(), "PARTICIPANT");
    String risk = lead.admin().api().post(lead.missionPath(mission) + "/risks", Payloads.risk("Partners work in silos", 4, 4)).json().getString("id");

    // the leader writes on the mission, in Markdown with a script that must not run, mentioning the participant
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission);
    Fields fields = new Fields(browser);
    fields.type("discussion-mission-new-text", "We **start in May**. <script>document.title='owned'</script>");
    fields.pick("discussion-mission-new-mentions", participant.name(), participant.name());
    fields.click("discussion-mission-new-post");
    browser.waitFor(By.xpath("//*[@id='discussion-mission-threads']//strong[normalize-space()='start in May']"));
    assertThat(browser.driver().getTitle()).doesNotContain("owned");
    assertThat(browser.driver().findElements(By.xpath("//*[@id='discussion-mission-threads']//script"))).isEmpty();
    WorkspacePage.signOut(browser);

    // the participant was told: the bell counts it, the notice leads to the mission, where they answer in the thread
    WorkspacePage.signIn(browser, participant, partner.slug());
    // two notices: the role the leader gave them, and the mention
    assertThat(browser.waitFor(By.id("notices-unread")).getText()).isEqualTo("2");
    fields.click("notices-bell");
    browser.waitFor(By.xpath("//vaadin-grid[@id='notices']//span[@role='link'][contains(., 'mentioned you') and contains(., 'start in May')]")).click();
    browser.waitFor(By.id("discussion-mission-threads"));
    assertThat(participant.api().get("/api/v1/me/notices/unread-count").json().getInt("unread")).as("the role's notice is still unread").isEqualTo(1);
    String first = lead.admin().api().get(lead.missionPath(mission) + "/comments?item=MISSION").items().getJsonObject(0).getString("id");
    fields.click("comment-reply-" + first);
    fields.type("comment-reply-form-" + first + "-text", "Our counsellors are ready.");
    fields.click("comment-reply-form-" + first + "-post");
    browser.waitFor(By.xpath("//*[@id='discussion-mission-threads']//p[normalize-space()='Our counsellors are ready.']"));
    assertNoSeriousViolations(browser, "the mission's discussion");
    browser.keepScreenshot("discussion");
    WorkspacePage.signOut(browser);

    // the leader comments on the risk from its row, and the row counts it
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-governance");
    fields.click("comments-" + risk);
    fields.type("discussion-item-new-text", "Weekly joint stand-up from June.");
    fields.click("discussion-item-new-post");
    browser.waitFor(By.xpath("//*[@id='discussion-item-threads']//p[normalize-space()='Weekly joint stand-up from June.']"));
    browser.keepScreenshot("discussion-risk");
    assertThat(lead.admin().api().get(lead.missionPath(mission) + "/comments/counts").json().getJsonNumber("RISK:" + risk).longValue()).isEqualTo(1);

    // the activity tab: what the partner's people and the lead's did, newest first
    fields.click("discussion-item-close");
    browser.waitUntil(d -> d.findElements(By.id("discussion-dialog")).isEmpty());
    // closing it redraws the mission (the row's count): open the tab on a fresh page
    MissionPage.open(browser, mission).tab("tab-activity");
    browser.waitFor(By.xpath("//vaadin-grid[@id='activity']//vaadin-grid-cell-content[normalize-space()='Created · Comment']"));
    assertNoSeriousViolations(browser, "the mission's activity");
    browser.keepScreenshot("activity");
  }
}

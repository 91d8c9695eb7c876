package org.missionhub.it.browser;

import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * "For you" in the browser (issue 17): a coordinator finds what changed, who mentioned them (a new mention appearing
 * while the page is open), and the decision waiting for them.
 */
@ExtendWith(Browser.class)
class ForYouBrowserIT {

  @Test
  void aCoordinatorSeesWhatIsNewAndWhatWaitsForThem(Browser browser) {
    Org org = Scenario.organisation("ui-for-you");
    String mission = Scenario.mission(org, "Circular society");
    Person coordinator = Scenario.member(org, "MEMBER");
    Scenario.role(org, mission, coordinator, org.slug(), "COORDINATOR");
    org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Pilot repair cafés", "PROPOSED", null));
    org.admin().api().post(org.missionPath(mission) + "/comments", Payloads.object("body", "Could you own the pilot?", "mentions", List.of(coordinator.subject())));

    WorkspacePage.signIn(browser, coordinator, org.slug());
    Fields fields = new Fields(browser);
    fields.click("nav-for-you");
    // a first visit counts the week before it
    browser.waitFor(By.xpath("//vaadin-grid[@id='for-you-recent']//vaadin-grid-cell-content[contains(., 'decision.created')]"));
    fields.click("for-you-tab-mentions");
    browser.waitFor(By.xpath("//vaadin-grid[@id='for-you-mentions']//vaadin-grid-cell-content[contains(., 'Could you own the pilot?')]"));
    // a new mention while the page is open: it appears at once, on the same tab (Push), without a reload
    org.admin().api().post(org.missionPath(mission) + "/comments", Payloads.object("body", "And the second pilot?", "mentions", List.of(coordinator.subject())));
    browser.waitFor(By.xpath("//vaadin-grid[@id='for-you-mentions']//vaadin-grid-cell-content[contains(., 'And the second pilot?')]"));
    fields.click("for-you-tab-assigned");
    browser.waitFor(By.xpath("//vaadin-grid[@id='for-you-decisions']//vaadin-grid-cell-content[contains(., 'Pilot repair cafés')]"));
    assertNoSeriousViolations(browser, "the For you page");
    browser.keepScreenshot("for-you");
    browser.waitFor(By.xpath("//vaadin-grid[@id='for-you-decisions']//span[@role='link'][normalize-space()='Circular society']")).click();
    browser.waitFor(By.id("discussion-mission-threads"));

    // the organisation's activity: every change of its missions, by whom, each leading to its mission
    fields.click("nav-activity");
    browser.waitFor(By.xpath("//vaadin-grid[@id='org-activity']//vaadin-grid-cell-content[contains(., 'Created · Decision')]"));
    assertNoSeriousViolations(browser, "the organisation's activity");
    browser.keepScreenshot("organisation-activity");
    browser.waitFor(By.xpath("//vaadin-grid[@id='org-activity']//a[normalize-space()='Circular society']")).click();
    browser.waitFor(By.id("mission-title"));
  }
}

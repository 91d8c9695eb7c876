package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** The audit log in the browser (issue 17): an administrator filters who changed what; a member has no such page. */
@ExtendWith(Browser.class)
class AuditLogBrowserIT {

  @Test
  void anAdministratorFiltersTheLog(Browser browser) {
    Org org = Scenario.organisation("ui-audit");
    String mission = Scenario.mission(org, "Audited in the browser");
    org.admin().api().post(org.missionPath(mission) + "/risks", Payloads.object("title", "Partners work in silos", "category", "SILOS", "likelihood", 4, "impact", 5));

    WorkspacePage.signIn(browser, org.admin(), org.slug());
    Fields fields = new Fields(browser);
    fields.click("nav-audit");
    browser.waitFor(By.xpath("//vaadin-grid[@id='audit-entries']//vaadin-grid-cell-content[normalize-space()='mission.created']"));
    // the mission, its four starting risks, its leader, and the risk added: then only the five risks created
    browser.waitUntil(d -> size(browser) > 5);
    fields.type("audit-what", "risk.created");
    browser.waitUntil(d -> size(browser) == 5);
    browser.waitFor(By.xpath("//vaadin-grid[@id='audit-entries']//vaadin-grid-cell-content[contains(., 'Partners work in silos')]"));
    assertNoSeriousViolations(browser, "the audit log");
    browser.keepScreenshot("audit-log");
    WorkspacePage.signOut(browser);

    Person member = Scenario.member(org, "MEMBER");
    WorkspacePage.signIn(browser, member, org.slug());
    assertThat(browser.driver().findElements(By.id("nav-audit"))).isEmpty();
  }

  /** How many entries the grid holds (all pages). */
  private static long size(Browser browser) {
    Object size = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return document.getElementById('audit-entries').size;");
    return size instanceof Number n ? n.longValue() : -1;
  }
}

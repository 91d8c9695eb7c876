package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The funding plan in the browser (issue 16, first part): the leader sets the mission's rates (a wrong line
 * first, refused on the field), adds the partner as a funder and an initiative's need; the partner's
 * implementer records its commitment in its own currency; the leader sees the gap in the mission's currency.
 */
@ExtendWith(Browser.class)
class FundingBrowserIT {

  @Test
  void aPartnerCommitsInItsCurrencyAndTheLeaderSeesTheGap(Browser browser) {
    Org lead = Scenario.organisation("ui-funding-lead", "NATIONAL_GOVERNMENT", "DK", "roadmap", "funding");
    Org partner = Scenario.organisation("ui-funding-partner", "FOUNDATION", "DK", "roadmap", "funding");
    String mission = Scenario.mission(lead, "Mental health for young people");
    Scenario.partnership(lead, mission, partner);
    Person implementer = Scenario.member(partner, "MEMBER");
    Scenario.role(lead, mission, implementer, partner.slug(), "IMPLEMENTER");
    assertThat(lead.admin().api().post(lead.missionPath(mission) + "/roadmap/initiatives", Payloads.object("title", "School counsellors", "type", "PROGRAMME")).status())
        .isEqualTo(201);

    // the leader sets the rates (a line without a number first), adds the partner as a funder, and the need
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-funding-funding");
    Fields fields = new Fields(browser);
    fields.click("funding-rates");
    fields.type("funding-rates-lines", "DKK 2026-01-01 a-lot");
    fields.click("funding-rates-save");
    browser.waitFor(By.xpath("//*[@id='funding-rates-lines'][@invalid]"));
    fields.type("funding-rates-lines", "DKK 2026-01-01 0.1341");
    fields.click("funding-rates-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-rates-dialog")).isEmpty());
    fields.click("funding-add-funder");
    fields.choose("funding-funder-organisation", "Organisation " + partner.slug());
    fields.choose("funding-funder-source", "Philanthropic foundation");
    fields.click("funding-funder-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-funder-dialog")).isEmpty());
    fields.click("funding-set-need");
    fields.choose("funding-need-initiative", "School counsellors");
    fields.type("funding-need-amount", "100000");
    fields.click("funding-need-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-need-dialog")).isEmpty());
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='100,000.00']"));
    WorkspacePage.signOut(browser);

    // the partner's implementer records its commitment in Danish kroner
    WorkspacePage.signIn(browser, implementer, partner.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-funding-funding");
    assertThat(browser.driver().findElements(By.id("funding-add-funder"))).as("the funders are the leaders' to add").isEmpty();
    fields.click("funding-record");
    fields.choose("funding-flow-funder", "Organisation " + partner.slug());
    fields.choose("funding-flow-initiative", "School counsellors");
    fields.type("funding-flow-amount", "600000");
    fields.type("funding-flow-currency", "DKK");
    fields.click("funding-flow-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-flow-dialog")).isEmpty());
    WorkspacePage.signOut(browser);

    // the leader sees it committed in euros: 600,000 x 0.1341 = 80,460.00, and 19,540.00 not yet committed
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-funding-funding");
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='80,460.00']"));
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='19,540.00']"));
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-flows']//vaadin-grid-cell-content[normalize-space()='600,000.00 DKK']"));
    browser.keepScreenshot("funding");
  }
}

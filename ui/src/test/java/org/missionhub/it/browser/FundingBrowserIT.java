package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
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
 * The funding plan in the browser (issue 16): the leader sets the mission's rates (a wrong line first, refused
 * on the field), adds two funders from two organisations — the partner, and the lead itself with a budget round
 * that closed ten days ago — and an initiative's need for the year that round prepared; the lead commits a
 * little, the partner's implementer records its commitment in its own currency; the leader sees the gap in
 * the mission's currency and the alert that the lead's budget for that year is closed.
 */
@ExtendWith(Browser.class)
class FundingBrowserIT {

  @Test
  void aPartnerCommitsInItsCurrencyAndTheLeaderSeesTheGap(Browser browser) throws java.io.IOException {
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
    // the lead's budget round closed ten days ago: the one that prepared the fiscal (calendar) year after it
    LocalDate closed = LocalDate.now().minusDays(10);
    int needYear = closed.getYear() + 1;
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
    fields.click("funding-add-funder");
    fields.choose("funding-funder-organisation", "Organisation " + lead.slug());
    fields.choose("funding-funder-source", "National state");
    fields.type("funding-funder-closes-day", Integer.toString(closed.getDayOfMonth()));
    fields.choose("funding-funder-closes-month", closed.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH));
    fields.click("funding-funder-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-funder-dialog")).isEmpty());
    fields.click("funding-set-need");
    fields.choose("funding-need-initiative", "School counsellors");
    fields.type("funding-need-year", Integer.toString(needYear));
    fields.type("funding-need-amount", "100000");
    fields.click("funding-need-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-need-dialog")).isEmpty());
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='100,000.00']"));
    // the lead commits 10,000 euros of its own
    fields.click("funding-record");
    fields.choose("funding-flow-funder", "Organisation " + lead.slug());
    fields.choose("funding-flow-initiative", "School counsellors");
    fields.type("funding-flow-amount", "10000");
    fields.click("funding-flow-save");
    browser.waitUntil(d -> d.findElements(By.id("funding-flow-dialog")).isEmpty());
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

    // the leader sees it in euros: 10,000 + 600,000 x 0.1341 = 90,460.00 committed, 9,540.00 not yet; and the alert
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, mission).tab("tab-plugin-funding-funding");
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='90,460.00']"));
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-gaps']//vaadin-grid-cell-content[normalize-space()='9,540.00']"));
    String alert = browser.waitFor(By.id("funding-alert-0")).getText();
    assertThat(alert).contains("School counsellors", "the budget round of Organisation " + lead.slug() + " for FY" + needYear + " closed on",
        "9,540.00 EUR of the " + needYear + " need is not committed");
    assertThat(browser.driver().findElements(By.id("funding-alert-1"))).as("the partner has no budget cycle set").isEmpty();
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-flows']//vaadin-grid-cell-content[normalize-space()='600,000.00 DKK']"));
    browser.keepScreenshot("funding");
    // the budget calendar: the lead's rounds on one timeline beside the initiative, whose year of need is not all committed
    browser.waitFor(By.xpath("//*[@id='funding-calendar-chart']//*[local-name()='title'][contains(., 'Budget round for FY" + needYear + "')]"));
    browser.waitFor(By.xpath("//*[@id='funding-calendar-chart']//*[local-name()='title'][normalize-space()='Need in " + needYear + ": not all committed']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('funding-calendar').scrollIntoView({block: 'start'});");
    browser.keepScreenshot("funding-calendar");
    // the overview's card says the same in a line, and the organisation's "Funding mix" page where its missions' money comes from
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('tab-overview').scrollIntoView({block: 'center'});");
    fields.click("tab-overview");
    browser.waitFor(By.xpath("//*[@id='funding-card-summary'][contains(normalize-space(), '90,460.00 of 100,000.00 EUR needed is committed (90 %)')]"));
    browser.waitFor(By.xpath("//*[@id='funding-card-alerts'][contains(normalize-space(), '1 budget cycle(s)')]"));
    fields.click("nav-plugin-funding-mix");
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-mix-0-table']//vaadin-grid-cell-content[normalize-space()='Philanthropic foundation']"));
    browser.keepScreenshot("funding-mix");
    // a foundation's published IATI file: checked first, then imported as a new funder and its money
    java.nio.file.Path iati = java.nio.file.Files.createTempFile("foundation-grants", ".xml");
    java.nio.file.Files.write(iati, org.missionhub.plugin.testkit.IatiFiles.bytes("foundation-grants.xml"));
    MissionPage.open(browser, mission).tab("tab-plugin-funding-funding");
    fields.click("funding-iati-import");
    fields.choose("funding-iati-initiative", "School counsellors");
    fields.upload("funding-iati-upload", iati);
    browser.waitFor(By.xpath("//*[@id='funding-iati-verdict'][contains(normalize-space(), 'Nordic Youth Foundation (a new funder): 2 amount(s) to add')]"));
    browser.keepScreenshot("funding-iati-import");
    fields.click("funding-iati-apply");
    browser.waitUntil(d -> d.findElements(By.id("funding-iati-dialog")).isEmpty());
    browser.waitFor(By.xpath("//vaadin-grid[@id='funding-funders']//vaadin-grid-cell-content[normalize-space()='Nordic Youth Foundation']"));
  }
}

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
 * Plugins in the workspace: an organisation administrator switches one on and its mission tab appears
 * for the organisation's people, and only for them; its settings are checked as in the API.
 */
@ExtendWith(Browser.class)
class PluginsIT {

  private static final By NOTES_TAB = By.id("tab-plugin-notes-notes");

  @Test
  void enablingAPluginAddsItsTabToTheOrganisationsMissions(Browser browser) {
    Org org = Scenario.organisation("ui-plugins");
    String missionId = Scenario.mission(org, "Mental health for young people");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    // not enabled: no tab
    MissionPage.open(browser, missionId);
    assertThat(browser.driver().findElements(NOTES_TAB)).isEmpty();
    // the admin enables it on the plugins page
    new Fields(browser).click("nav-plugins");
    browser.waitFor(By.id("plugins"));
    new Fields(browser).click("plugin-enabled-notes");
    browser.waitUntil(d -> d.findElement(By.id("plugin-enabled-notes")).getAttribute("checked") != null);
    // the mission now has a Notes tab where notes are written
    MissionPage page = MissionPage.open(browser, missionId);
    page.tab("tab-plugin-notes-notes");
    Fields fields = new Fields(browser);
    fields.type("notes-text", "Youth panel meets on Thursday");
    fields.click("notes-add");
    browser.waitFor(By.xpath("//*[@id='notes-tab']//p[normalize-space()='Youth panel meets on Thursday']"));
  }

  @Test
  void anAdministratorRemovesASwitchedOffPluginsDataByTypingItsId(Browser browser) {
    // given a note written while notes were on, then notes switched off
    Org org = Scenario.organisation("ui-plugin-data");
    String missionId = Scenario.mission(org, "Responsible and ethical digitisation");
    Scenario.plugin(org, "notes", true);
    assertThat(org.admin().api().post(org.missionPath(missionId) + "/notes/notes", Payloads.object("text", "Kept until removed")).status()).isEqualTo(201);
    Scenario.plugin(org, "notes", false);
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    browser.open("/organisation/plugins");
    Fields fields = new Fields(browser);

    // when the administrator opens "Remove data…": what the plugin holds is listed
    fields.click("plugin-remove-data-notes");
    browser.waitFor(By.id("remove-plugin-data-confirm"));
    assertThat(browser.driver().findElement(By.id("plugin-data-held")).getText()).contains("Notes written by the organisation's people: 1");
    // a wrong confirmation is named on the field, nothing removed
    fields.type("remove-plugin-data-confirm", "note");
    fields.click("remove-plugin-data");
    browser.waitUntil(d -> String.valueOf(d.findElement(By.id("remove-plugin-data-confirm")).getAttribute("errorMessage")).contains("notes"));
    // the right one removes the data for good
    fields.type("remove-plugin-data-confirm", "notes");
    fields.click("remove-plugin-data");
    browser.waitUntil(d -> d.findElements(By.id("remove-plugin-data-dialog")).isEmpty());

    // then the API holds nothing any more
    assertThat(org.admin().api().get(org.path() + "/plugins/notes/data").array().stream()
            .mapToLong(v -> v.asJsonObject().getJsonNumber("items").longValue()).sum())
        .isZero();
  }

  @Test
  void anotherOrganisationWithoutThePluginSeesNoTab(Browser browser) {
    Org lead = Scenario.organisation("ui-plugins-lead");
    String missionId = Scenario.mission(lead, "The irresistible circular society");
    Scenario.plugin(lead, "notes", true);
    Org partner = Scenario.organisation("ui-plugins-partner");
    Scenario.partnership(lead, missionId, partner);
    Person reader = Scenario.member(partner, "MEMBER");
    WorkspacePage.signIn(browser, reader, partner.slug());
    MissionPage page = MissionPage.open(browser, missionId);
    assertThat(page.title()).isEqualTo("The irresistible circular society");
    assertThat(browser.driver().findElements(NOTES_TAB)).isEmpty();
    // and a member is not offered the plugins page, nor can open it by URL
    assertThat(browser.driver().findElements(By.id("nav-plugins"))).isEmpty();
    browser.open("/organisation/plugins");
    browser.waitFor(By.id("workspace-title"));
    assertThat(browser.url()).endsWith("/workspace");
  }

  @Test
  void settingsOutsideTheirLimitsAreShownOnTheField(Browser browser) {
    Org org = Scenario.organisation("ui-plugin-settings");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    browser.open("/organisation/plugins");
    Fields fields = new Fields(browser);
    fields.click("plugin-settings-notes");
    fields.type("setting-maxLength", "5");
    fields.click("plugin-settings-save");
    // (the field's own constraint marks it invalid at once; the server's message follows)
    browser.waitUntil(d -> String.valueOf(d.findElement(By.id("setting-maxLength")).getAttribute("errorMessage")).contains("10"));
    assertThat(browser.driver().findElement(By.id("setting-maxLength")).getAttribute("invalid")).isNotNull();
    // corrected: saved, and the API shows it
    fields.type("setting-maxLength", "250");
    fields.click("plugin-settings-save");
    browser.waitUntil(d -> d.findElements(By.id("plugin-settings-dialog")).isEmpty());
    assertThat(org.admin().api().get(org.path() + "/plugins/notes").json().getJsonObject("settings").getString("maxLength")).isEqualTo("250");
  }

  @Test
  void thePlatformAdministratorSeesWhichPluginsRunAndWhyOthersDoNot(Browser browser) {
    WorkspacePage.signInAnywhere(browser, Scenario.platformAdmin(), null);
    browser.open("/platform");
    browser.waitFor(By.id("platform-plugins"));
    By failedRow =
        By.xpath("//vaadin-grid[@id='platform-plugins']//vaadin-grid-cell-content[contains(., 'failed to start: IllegalStateException: broken on purpose')]");
    assertThat(browser.waitFor(failedRow).isDisplayed()).isTrue();
    browser.waitFor(By.xpath("//vaadin-grid[@id='platform-plugins']//vaadin-grid-cell-content[normalize-space()='survey']"));
  }
}

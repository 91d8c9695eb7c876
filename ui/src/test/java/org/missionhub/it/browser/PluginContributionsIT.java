package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/**
 * The UI extension points of contract 1.3.0, as people meet them: the notes plugin's dashboard widget, its
 * card on the mission overview and its "Add a note" action on decisions, in French from its own bundle;
 * beside them the broken-ui test plugin, whose every view throws, shows a short message in each place
 * while the page and the other plugin keep working.
 */
@ExtendWith(Browser.class)
class PluginContributionsIT {

  private static final By FAILED = By.className("plugin-view-failed");

  @Test
  void cardsWidgetsAndItemActionsWorkAndABrokenOneStaysInItsBox(Browser browser) {
    Org org = Scenario.organisation("ui-plugin-extensions");
    String missionId = Scenario.mission(org, "Mental health for young people");
    Scenario.plugin(org, "notes", true);
    Scenario.plugin(org, "broken-ui", true);
    String decisionId =
        org.admin().api().post(org.missionPath(missionId) + "/decisions", Payloads.decision("Fund the youth panel", "PROPOSED", null)).json().getString("id");
    WorkspacePage.signIn(browser, org.admin(), org.slug());

    // the dashboard: the notes widget, the broken widget's message, and the mission list as ever
    browser.waitFor(By.id("widget-plugin-notes-written"));
    assertThat(new Fields(browser).text("notes-widget-written")).isEqualTo("Your people have not written notes yet.");
    assertThat(browser.driver().findElement(By.id("widget-plugin-broken-ui-widget")).findElements(FAILED)).hasSize(1);
    browser.waitFor(By.xpath("//vaadin-grid//vaadin-grid-cell-content[normalize-space()='Mental health for young people']"));

    // the overview: the health check, the notes card, and the broken card's message
    MissionPage page = MissionPage.open(browser, missionId);
    browser.waitFor(By.id("mission-health"));
    assertThat(new Fields(browser).text("notes-card-count")).isEqualTo("No notes yet");
    assertThat(browser.driver().findElement(By.id("card-plugin-broken-ui-card")).findElements(FAILED)).hasSize(1);

    // a note on the decision, through the notes plugin's action in the decision log
    page.tab("tab-governance");
    Fields fields = new Fields(browser);
    fields.click("action-notes-note-on-decision-" + decisionId);
    fields.click("decision-note-add");
    browser.waitUntil(d -> "Write the note first.".equals(d.findElement(By.id("decision-note-text")).getAttribute("errorMessage")));
    fields.type("decision-note-text", "The panel wants a budget line");
    fields.click("decision-note-add");
    browser.waitUntil(d -> d.findElements(By.id("decision-note-text")).isEmpty());
    // the broken action opens a dialog with the message, which closes as usual
    fields.click("action-broken-ui-action-" + decisionId);
    assertThat(browser.waitFor(By.cssSelector("#item-action-view .plugin-view-failed")).getText()).contains("could not be shown");
    fields.click("item-action-close");
    browser.waitUntil(d -> d.findElements(By.id("item-action-view")).isEmpty());

    // the note is on the Notes tab and counted on the card
    MissionPage.open(browser, missionId);
    assertThat(browser.waitFor(By.id("notes-card-count")).getText()).isEqualTo("One note");
    page.tab("tab-plugin-notes-notes");
    browser.waitFor(By.xpath("//*[@id='notes-tab']//p[normalize-space()='Decision “Fund the youth panel”: The panel wants a budget line']"));
  }

  @Test
  void aPluginSpeaksTheReadersLanguageFromItsBundle(Browser browser) {
    Org org = Scenario.organisation("ui-plugin-bundle");
    String missionId = Scenario.mission(org, "The irresistible circular society");
    Scenario.plugin(org, "notes", true);
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    new Fields(browser).choose("language", "Français");
    browser.waitUntil(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    MissionPage.open(browser, missionId);
    assertThat(browser.waitFor(By.id("notes-card-count")).getText()).isEqualTo("Pas encore de notes");
    assertThat(browser.driver().findElement(By.id("card-plugin-notes-latest")).getText()).startsWith("Notes");
  }
}

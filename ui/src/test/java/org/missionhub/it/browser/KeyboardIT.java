package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Keyboard;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Main flows with the keyboard alone, the focus always visible (WCAG 2.1.1 and 2.4.7). */
@ExtendWith(Browser.class)
class KeyboardIT {

  @Test
  void startingAMissionAndMovingThroughItsTabs(Browser browser) {
    // given an organisation administrator in the workspace
    Org org = Scenario.organisation("keyboard");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    Keyboard keys = new Keyboard(browser);
    // when they start a mission with the keyboard only
    keys.tabTo("new-mission").press(Keys.ENTER);
    browser.waitFor(By.id("wizard-title"));
    keys.tabTo("wizard-title").type("Mental health for young people");
    keys.tabTo("wizard-statement").type("A thriving and compassionate society where young people feel safe.");
    keys.tabTo("wizard-area").press(Keys.ENTER);
    browser.waitFor(By.cssSelector("vaadin-select-overlay[opened]"));
    keys.press(Keys.ENTER);
    browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    next(browser, keys);
    keys.tabTo("wizard-target").type("Halve the share of young people reporting poor mental well-being by 2032");
    keys.tabTo("wizard-measurable").press(Keys.SPACE);
    next(browser, keys);
    keys.tabTo("wizard-mode").press(Keys.ENTER);
    browser.waitFor(By.cssSelector("vaadin-select-overlay[opened]"));
    keys.press(Keys.ENTER);
    browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    next(browser, keys);
    keys.tabTo("wizard-create").press(Keys.ENTER);
    // then the mission opens
    assertThat(browser.waitFor(By.id("mission-title")).getText()).isEqualTo("Mental health for young people");
    // and its tabs are reached with Tab, then the arrow keys
    keys.tabTo("tab-overview").arrowTo(Keys.ARROW_RIGHT, "tab-governance").press(Keys.ENTER);
    browser.waitFor(By.id("decision-log"));
    keys.tabTo("add-risk").press(Keys.ENTER);
    browser.waitFor(By.id("risk-title"));
    keys.tabTo("risk-title").type("Effect of silos").press(Keys.ESCAPE);
    browser.waitUntil(d -> d.findElements(By.id("risk-title")).isEmpty());
  }

  @Test
  void switchingAPluginOnFromTheMenu(Browser browser) {
    Org org = Scenario.organisation("keyboard-plugins");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    Keyboard keys = new Keyboard(browser);
    keys.tabTo("nav-plugins").press(Keys.ENTER);
    browser.waitFor(By.id("plugins"));
    // a grid is one Tab stop per section: Tab to its header, Tab to its first row, arrow down to the
    // second (Mission notes, in name order), Enter to operate what is in the cell, Space to tick
    keys.tabTo("plugins").press(Keys.TAB, Keys.ARROW_DOWN, Keys.ENTER);
    assertThat(keys.hasFocus("plugin-enabled-notes")).as("the notes checkbox has the focus").isTrue();
    keys.press(Keys.SPACE);
    browser.waitUntil(d -> org.admin().api().get(org.path() + "/plugins/notes").json().getBoolean("enabled"));
    keys.press(Keys.ESCAPE).tabTo("plugins").press(Keys.TAB, Keys.ARROW_DOWN, Keys.END, Keys.ENTER);
    assertThat(keys.hasFocus("plugin-settings-notes")).as("the notes settings button has the focus").isTrue();
    keys.press(Keys.ENTER);
    keys.tabTo("setting-maxLength").press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE).type("300");
    keys.tabTo("plugin-settings-save").press(Keys.ENTER);
    browser.waitUntil(d -> "300".equals(org.admin().api().get(org.path() + "/plugins/notes").json().getJsonObject("settings").getString("maxLength")));
  }

  private static void next(Browser browser, Keyboard keys) {
    String before = browser.driver().findElement(By.id("wizard-progress")).getText();
    keys.tabTo("wizard-next").press(Keys.ENTER);
    browser.waitUntil(d -> !d.findElement(By.id("wizard-progress")).getText().equals(before));
  }
}

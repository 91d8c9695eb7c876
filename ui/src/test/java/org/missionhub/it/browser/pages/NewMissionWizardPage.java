package org.missionhub.it.browser.pages;

import org.missionhub.it.browser.Browser;
import org.openqa.selenium.By;

/** The four steps of starting a mission. */
public final class NewMissionWizardPage {

  private final Browser browser;
  private final Fields fields;

  NewMissionWizardPage(Browser browser) {
    this.browser = browser;
    this.fields = new Fields(browser);
  }

  public NewMissionWizardPage mission(String title, String statement, String challengeArea) {
    fields.type("wizard-title", title);
    fields.type("wizard-statement", statement);
    fields.choose("wizard-area", challengeArea);
    return this;
  }

  public NewMissionWizardPage target(String target, boolean measurable) {
    fields.type("wizard-target", target);
    if (measurable) {
      fields.click("wizard-measurable");
    }
    return this;
  }

  public NewMissionWizardPage governance(String mode) {
    fields.choose("wizard-mode", mode);
    return this;
  }

  public NewMissionWizardPage invite(String search, String organisationName) {
    fields.pick("wizard-partners", search, organisationName);
    return this;
  }

  public NewMissionWizardPage next() {
    String before = progress();
    fields.click("wizard-next");
    browser.waitUntil(d -> !progress().equals(before));
    return this;
  }

  public String progress() {
    return browser.driver().findElement(By.id("wizard-progress")).getText();
  }

  /** The error a field shows, if any. */
  public String errorOf(String id) {
    return browser.driver().findElement(By.id(id)).getDomAttribute("invalid") == null
        ? ""
        : browser.driver().findElement(By.id(id)).getDomProperty("errorMessage");
  }

  public MissionPage create() {
    fields.click("wizard-create");
    browser.waitFor(By.id("mission-title"));
    return new MissionPage(browser);
  }
}

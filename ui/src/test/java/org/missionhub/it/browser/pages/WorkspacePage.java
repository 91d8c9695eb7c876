package org.missionhub.it.browser.pages;

import java.util.List;
import org.missionhub.it.browser.Browser;
import org.missionhub.it.browser.KeycloakLoginPage;
import org.missionhub.it.support.Person;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The organisation's workspace: its missions, invitations to partner, the new-mission wizard. */
public final class WorkspacePage {

  private final Browser browser;
  private final Fields fields;

  private WorkspacePage(Browser browser) {
    this.browser = browser;
    this.fields = new Fields(browser);
  }

  /** Signs in through Keycloak's pages, picking the organisation if Keycloak asks, and lands here. */
  public static WorkspacePage signIn(Browser browser, Person person, String organisation) {
    signInAnywhere(browser, person, organisation);
    browser.waitFor(By.id("workspace-title"));
    return new WorkspacePage(browser);
  }

  /** Signs in and stays wherever MissionHub lands (for people without an organisation, for instance). */
  public static void signInAnywhere(Browser browser, Person person, String organisation) {
    browser.open("/sign-in");
    new KeycloakLoginPage(browser).signIn(person.username(), person.password(), organisation);
    browser.waitFor(By.id("sign-out"));
  }

  public static WorkspacePage open(Browser browser) {
    browser.open("/workspace");
    browser.waitFor(By.id("workspace-title"));
    return new WorkspacePage(browser);
  }

  /** Signs out of MissionHub and Keycloak, from any page of a signed-in person. */
  public static void signOut(Browser browser) {
    browser.waitFor(By.id("sign-out")).click();
    // seen once in CI: the click did not take (the page stayed, idle, with the button) right after a live
    // update of the page; if the sign-in page has not come within 10 seconds, click again
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
          .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    } catch (org.openqa.selenium.TimeoutException notYet) {
      browser.driver().findElements(By.id("sign-out")).forEach(org.openqa.selenium.WebElement::click);
      browser.waitFor(By.id("sign-in"));
    }
  }

  public String title() {
    return fields.text("workspace-title");
  }

  public List<String> missionTitles() {
    browser.waitFor(By.id("missions"));
    return browser.driver().findElements(By.cssSelector("#missions a")).stream().map(WebElement::getText).toList();
  }

  public void search(String text) {
    fields.type("filter-search", text);
  }

  public NewMissionWizardPage newMission() {
    fields.click("new-mission");
    browser.waitFor(By.id("wizard-title"));
    return new NewMissionWizardPage(browser);
  }

  public void acceptInvitation(String missionId) {
    fields.click("accept-" + missionId);
    browser.waitUntil(d -> d.findElements(By.id("accept-" + missionId)).stream().noneMatch(WebElement::isDisplayed));
  }

  public MissionPage openMission(String title) {
    browser.waitFor(By.xpath("//vaadin-grid[@id='missions']//a[normalize-space()=" + Fields.literal(title) + "]")).click();
    browser.waitFor(By.id("mission-title"));
    return new MissionPage(browser);
  }
}

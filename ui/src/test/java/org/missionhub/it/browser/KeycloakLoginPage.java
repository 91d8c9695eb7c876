package org.missionhub.it.browser;

import java.util.List;
import org.missionhub.it.support.ItEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's real sign-in pages for a realm with Organizations: identity first (the username on its own
 * page), the organisation picker for someone in several organisations, the password.
 */
public final class KeycloakLoginPage {

  private final Browser browser;

  public KeycloakLoginPage(Browser browser) {
    this.browser = browser;
  }

  /**
   * Signs in, answering whichever of Keycloak's pages come (username, organisation, password), until the
   * browser is back in MissionHub.
   *
   * @param organisation the slug (Keycloak alias) to pick if Keycloak asks, or null
   */
  public void signIn(String username, String password, String organisation) {
    WebElement user = browser.waitFor(By.id("username"));
    user.clear();
    user.sendKeys(username);
    browser.driver().findElement(By.id("kc-login")).click();
    boolean passwordGiven = false;
    for (int step = 0; step < 60 && onKeycloak(); step++) {
      if (organisation != null && visible(By.id("organization-" + organisation))) {
        clickIfStillThere(By.id("organization-" + organisation));
      } else if (!passwordGiven && visible(By.id("password"))) {
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
        passwordGiven = true;
      } else {
        pause();
      }
    }
  }

  /** Clicks an element that was just seen; if Keycloak moved on to its next page meanwhile, the loop looks again. */
  private void clickIfStillThere(By locator) {
    try {
      browser.driver().findElement(locator).click();
    } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
      // the page changed between seeing and clicking
    }
  }

  /** Keycloak asks which organisation to work in (the person is already signed in to Keycloak). */
  public void pickOrganisation(String organisation) {
    browser.waitFor(By.id("organization-" + organisation)).click();
  }

  public boolean onKeycloak() {
    return browser.url().startsWith(ItEnvironment.keycloakUrl());
  }

  private boolean visible(By locator) {
    try {
      List<WebElement> found = browser.driver().findElements(locator);
      return !found.isEmpty() && found.get(0).isDisplayed();
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return false; // the page changed while looking
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

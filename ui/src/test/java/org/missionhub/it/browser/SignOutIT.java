package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a UI session ends: only by the person's own click (no link from elsewhere can sign them out), and
 * within seconds when Keycloak ends their sign-in (back-channel logout).
 */
@ExtendWith(Browser.class)
class SignOutIT {

  @Test
  void aLinkToSignOutFromAnotherSiteSignsNobodyOut(Browser browser) {
    Org org = Scenario.organisation("linked");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    // a page elsewhere links (or loads an image) to MissionHub's former sign-out address
    browser.open("/sign-out");
    browser.open("/sign-out?switch=" + org.slug());
    // the person is still signed in, in the same organisation
    WorkspacePage.open(browser);
    assertThat(browser.waitFor(By.id("current-organisation")).getText()).startsWith(org.slug());
  }

  @Test
  void endingTheKeycloakSessionEndsTheUiSessionWithinSeconds(Browser browser) {
    Keycloak.backChannelLogoutTo(ItEnvironment.baseUrl() + "/oidc-backchannel-logout");
    Org org = Scenario.organisation("ended");
    WorkspacePage.signIn(browser, org.admin(), org.slug());

    // an administrator signs the person out of everything in Keycloak
    Keycloak.endSessions(org.admin().subject());

    // MissionHub's session is over too (Keycloak told it before answering the administrator): the next
    // page sends the person to sign in, and Keycloak asks for the password again
    browser.open("/workspace");
    WebElement shown =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#username, #workspace-title")));
    assertThat(shown.getAttribute("id")).isEqualTo("username");
  }
}

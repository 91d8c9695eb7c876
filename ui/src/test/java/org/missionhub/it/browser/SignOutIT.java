package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Database;
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
 * within seconds when Keycloak ends their sign-in (back-channel logout), also when another server of a cluster
 * heard the logout.
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

  @Test
  void aLogoutAnotherServerHeardEndsTheSessionHereWithinSeconds(Browser browser) throws Exception {
    // Keycloak's logout goes to another server of the cluster (here: an address nobody answers)
    Keycloak.backChannelLogoutTo("http://127.0.0.1:9/oidc-backchannel-logout");
    try {
      Org org = Scenario.organisation("ended-elsewhere");
      WorkspacePage.signIn(browser, org.admin(), org.slug());
      java.util.List<String> keycloakSessions = Keycloak.sessionsOf(org.admin().subject());
      assertThat(keycloakSessions).hasSize(1);
      Keycloak.endSessions(org.admin().subject());

      // this server heard nothing: the person still works here
      WorkspacePage.open(browser);
      assertThat(browser.waitFor(By.id("current-organisation")).getText()).startsWith(org.slug());

      // the server that heard the logout kept it, as it does (SignOutsAcrossServers)
      try (java.sql.Connection c = Database.connect();
          java.sql.PreparedStatement insert =
              c.prepareStatement("insert into ended_sign_in (id, keycloak_session, subject, ended_at) values (?, ?, ?, current_timestamp)")) {
        insert.setString(1, java.util.UUID.randomUUID().toString());
        insert.setString(2, keycloakSessions.get(0));
        insert.setString(3, org.admin().subject());
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }

      // within a round (2 s) this server ended its session of that sign-in: the next page asks for the password
      Thread.sleep(2_500);
      browser.open("/workspace");
      WebElement shown =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#username, #workspace-title")));
      assertThat(shown.getAttribute("id")).isEqualTo("username");
    } finally {
      Keycloak.backChannelLogoutTo(ItEnvironment.baseUrl() + "/oidc-backchannel-logout");
    }
  }
}

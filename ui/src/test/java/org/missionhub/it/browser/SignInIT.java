package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** Signing in to the UI through Keycloak's real pages, in headless Chromium. */
@ExtendWith(Browser.class)
class SignInIT {

  @Test
  void aPersonInTwoOrganisationsPicksOneAtSignInAndCanSwitch(Browser browser) {
    // given a person who works for two organisations
    Org first = Scenario.organisation("first");
    Org second = Scenario.organisation("second");
    Person person = Scenario.member(first, "MEMBER");
    Scenario.addExisting(second, person, "ORG_ADMIN");
    // when they open MissionHub and sign in
    browser.open("/");
    browser.waitFor(By.id("sign-in")).click();
    KeycloakLoginPage keycloak = new KeycloakLoginPage(browser);
    // then Keycloak asks which organisation to work in, and the workspace opens in it
    keycloak.signIn(person.username(), Keycloak.PASSWORD, first.slug());
    assertThat(browser.waitFor(By.id("current-organisation")).getText()).startsWith(first.slug());
    assertThat(browser.waitFor(By.id("workspace-title")).getText()).isEqualTo("Organisation " + first.slug());
    assertThat(browser.driver().findElements(By.id("nav-members"))).isEmpty();
    // when they switch organisation
    browser.waitFor(By.id("switch-organisation")).click();
    browser.waitFor(By.id("switch-to-" + second.slug())).click();
    // then they work in the other one, as its administrator
    browser.waitUntil(d -> d.findElement(By.id("current-organisation")).getText().startsWith(second.slug()));
    assertThat(browser.waitFor(By.id("nav-members")).getText()).isEqualTo("Members");
    // a switch another site links to does nothing: without the click's one-time token the session stays
    browser.open("/switch-organisation?organisation=" + first.slug() + "&token=guessed");
    browser.waitUntil(d -> d.findElement(By.id("current-organisation")).getText().startsWith(second.slug()));
  }

  @Test
  void aKeycloakAnswerThatNoSignInAwaitsSaysSoAndOffersToSignInAgain(Browser browser) {
    // a callback whose sign-in state this browser does not hold (lost, or forged)
    browser.open("/oidc-callback?code=stale&state=abcdefghijklmnopqrstuvwx");
    assertThat(browser.waitFor(By.id("sign-in-interrupted")).getText()).contains("Nothing was changed");
    Accessibility.assertNoSeriousViolations(browser, "an interrupted sign-in");
    browser.waitFor(By.id("sign-in-again")).click();
    assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
  }

  @Test
  void signingOutEndsTheKeycloakSessionToo(Browser browser) {
    Org org = Scenario.organisation("leaving");
    browser.open("/sign-in");
    new KeycloakLoginPage(browser).signIn(org.admin().username(), Keycloak.PASSWORD, org.slug());
    browser.waitFor(By.id("sign-out")).click();
    browser.waitFor(By.id("sign-in"));
    // signing in again asks for the credentials: Keycloak's session is over
    browser.open("/sign-in");
    assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
  }

  @Test
  void aPersonWithoutAnOrganisationIsOfferedToRequestOne(Browser browser) {
    // given someone who just registered
    Person newcomer = Person.register("newcomer");
    browser.open("/sign-in");
    new KeycloakLoginPage(browser).signIn(newcomer.username(), Keycloak.PASSWORD, null);
    // then they are told how to get an organisation, and can ask for one
    browser.waitFor(By.id("no-organisation"));
    String slug = "ui-request-" + Scenario.shortId();
    browser.waitFor(By.cssSelector("#onboarding-name input")).sendKeys("Organisation " + slug);
    browser.driver().findElement(By.cssSelector("#onboarding-slug input")).sendKeys(slug);
    browser.driver().findElement(By.cssSelector("#onboarding-reason textarea")).sendKeys("A youth mental health programme");
    browser.driver().findElement(By.id("onboarding-type")).click();
    browser.waitFor(By.xpath("//vaadin-select-item[normalize-space()='NGO']")).click();
    browser.driver().findElement(By.cssSelector("#onboarding-country input")).sendKeys("DK");
    browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '(DK)')]")).click();
    browser.driver().findElement(By.id("onboarding-submit")).click();
    // and their request is listed, waiting for a decision (and the platform administrator sees it)
    browser.waitUntil(d -> d.findElement(By.id("onboarding-requests")).getText().contains("Organisation " + slug));
    assertThat(
            Scenario.platformAdmin().api().get("/api/v1/platform/onboarding-requests?status=PENDING&size=100").itemValues("slug"))
        .contains(slug);
  }
}

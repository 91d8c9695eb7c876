package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Keycloak;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** The UI offers only what a person may do, and refuses the rest even when asked by URL. */
@ExtendWith(Browser.class)
class MissionAccessIT {

  @Test
  void aMemberIsNotOfferedAdministrationAndCannotOpenItByUrl(Browser browser) {
    Org org = Scenario.organisation("ui-member");
    Person member = Scenario.member(org, "MEMBER");
    WorkspacePage.signIn(browser, member, org.slug());
    assertThat(browser.driver().findElements(By.id("nav-members"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("nav-organisation"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("nav-platform"))).isEmpty();
    for (String adminPage : new String[] {"/organisation/members", "/organisation", "/platform"}) {
      browser.open(adminPage);
      browser.waitFor(By.id("workspace-title"));
      assertThat(browser.url()).endsWith("/workspace");
    }
  }

  @Test
  void anotherOrganisationCannotOpenTheMissionByUrl(Browser browser) {
    Org lead = Scenario.organisation("ui-owner");
    String missionId = Scenario.mission(lead, "Responsible digitisation");
    Org stranger = Scenario.organisation("ui-stranger");
    WorkspacePage.signIn(browser, stranger.admin(), stranger.slug());
    MissionPage page = MissionPage.open(browser, missionId);
    assertThat(page.isNotFound()).isTrue();
    assertThat(browser.driver().getPageSource()).doesNotContain("Responsible digitisation");
  }

  @Test
  void aPartnerMemberWithoutARoleReadsButIsNotOfferedChanges(Browser browser) {
    Org lead = Scenario.organisation("ui-reader-lead");
    Org partner = Scenario.organisation("ui-reader");
    String missionId = Scenario.mission(lead, "The irresistible circular society");
    Scenario.partnership(lead, missionId, partner);
    Person reader = Scenario.member(partner, "MEMBER");
    WorkspacePage.signIn(browser, reader, partner.slug());
    MissionPage page = MissionPage.open(browser, missionId);
    assertThat(page.title()).isEqualTo("The irresistible circular society");
    assertThat(browser.driver().findElements(By.id("edit-charter"))).isEmpty();
    page.tab("tab-governance");
    browser.waitFor(By.id("decision-log"));
    assertThat(browser.driver().findElements(By.id("record-decision"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("add-risk"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("gate-decision"))).isEmpty();
    page.tab("tab-people");
    assertThat(browser.driver().findElements(By.id("role-assign"))).isEmpty();
  }

  @Test
  void disablingTheAccountInKeycloakSignsThePersonOutAtTheNextRequest(Browser browser) {
    Org org = Scenario.organisation("ui-disabled");
    Person member = Scenario.member(org, "MEMBER");
    WorkspacePage.signIn(browser, member, org.slug());
    Keycloak.setEnabled(member.subject(), false);
    browser.open("/workspace");
    assertThat(browser.waitFor(By.id("account-disabled")).isDisplayed()).isTrue();
  }

  @Test
  void suspendingTheOrganisationTakesEffectAtTheNextRequest(Browser browser) {
    Org org = Scenario.organisation("ui-suspended");
    WorkspacePage.signIn(browser, org.admin(), org.slug());
    Person platformAdmin = Scenario.platformAdmin();
    String etag = platformAdmin.api().get("/api/v1/platform/organisations/" + org.slug()).etag();
    platformAdmin.api().put("/api/v1/platform/organisations/" + org.slug() + "/status", Payloads.object("status", "SUSPENDED"), etag);
    browser.open("/workspace");
    assertThat(browser.waitFor(By.id("organisation-problem")).getText()).contains("suspended");
  }
}

package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The platform administrator erases a suspended organisation from the platform page: the dialog says what
 * goes and who takes over the mission it led with a partner, and a wrong confirmation is named on its field.
 */
@ExtendWith(Browser.class)
class OrganisationErasureBrowserIT {

  @Test
  void thePlatformAdministratorErasesASuspendedOrganisationByTypingItsSlug(Browser browser) {
    // given a suspended organisation leading a mission with one partner
    Org leaving = Scenario.organisation("ui-erase");
    Org partner = Scenario.organisation("ui-erase-partner");
    String mission = Scenario.mission(leaving, "The irresistible circular society");
    Scenario.partnership(leaving, mission, partner);
    Person admin = Scenario.platformAdmin();
    String path = "/api/v1/platform/organisations/" + leaving.slug();
    ApiResponse suspended = admin.api().put(path + "/status", Payloads.object("status", "SUSPENDED"), admin.api().get(path).etag());
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    WorkspacePage.signInAnywhere(browser, admin, null);
    browser.open("/platform");
    Fields fields = new Fields(browser);

    // when the administrator finds it and opens "Erase…": the mission and its only partner, chosen already, are shown
    fields.type("organisation-filter", leaving.slug());
    browser.waitUntil(d -> d.findElements(By.cssSelector("#organisations vaadin-grid-cell-content")).stream().noneMatch(c -> c.getText().contains("ui-erase-partner")));
    fields.click("erase-" + leaving.slug());
    browser.waitFor(By.id("erasure-confirm"));
    assertThat(browser.driver().findElement(By.id("handover-" + mission)).getAttribute("label")).isEqualTo("The irresistible circular society");
    // a wrong confirmation is named on the field, and nothing is erased
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("erasure-confirm")));
    fields.type("erasure-confirm", "not-the-slug");
    fields.click("erasure-submit");
    browser.waitUntil(d -> String.valueOf(d.findElement(By.id("erasure-confirm")).getAttribute("errorMessage")).contains(leaving.slug()));
    assertThat(admin.api().get(path).json().getString("status")).isEqualTo("SUSPENDED");
    // the slug erases it for good
    fields.type("erasure-confirm", leaving.slug());
    fields.click("erasure-submit");
    browser.waitUntil(d -> d.findElements(By.id("erasure-dialog")).isEmpty());

    // then the partner leads the mission, and the old slug names no organisation
    assertThat(partner.admin().api().get(partner.missionPath(mission)).json().getJsonObject("lead").getString("slug")).isEqualTo(partner.slug());
    assertThat(admin.api().get(path).status()).isEqualTo(404);
  }
}

package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.MissionPage;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.ApiResponse;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** Two people edit the same charter: the second save shows the other version, never overwrites silently. */
@ExtendWith(Browser.class)
class ConcurrentEditingIT {

  @Test
  void theSecondSaveShowsTheOtherVersionAndLetsThePersonChoose(Browser browser) {
    // given a leader editing the charter in the browser
    Org lead = Scenario.organisation("ui-conflict");
    String missionId = Scenario.mission(lead, "Original title");
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage.open(browser, missionId);
    Fields fields = new Fields(browser);
    fields.click("edit-charter");
    fields.type("charter-title", "My title");
    // when someone else saves the charter first (through the API)
    ApiResponse current = lead.admin().api().get(lead.missionPath(missionId));
    ApiResponse other = lead.admin().api().put(lead.missionPath(missionId), Payloads.charter("Their title"), current.etag());
    assertThat(other.status()).isEqualTo(200);
    fields.click("charter-save");
    // then the browser shows their version instead of overwriting it
    browser.waitFor(By.id("conflict-load-theirs"));
    assertThat(browser.driver().findElement(By.tagName("vaadin-dialog-overlay")).getText()).contains("Their title");
    assertThat(lead.admin().api().get(lead.missionPath(missionId)).json().getString("title")).isEqualTo("Their title");
    // and loading their version puts it in the form
    fields.click("conflict-load-theirs");
    browser.waitUntil(d -> "Their title".equals(d.findElement(By.cssSelector("#charter-title input")).getDomProperty("value")));
  }

  @Test
  void keepingMineSavesOverTheVersionThePersonHasSeen(Browser browser) {
    Org lead = Scenario.organisation("ui-keep-mine");
    String missionId = Scenario.mission(lead, "Original title");
    WorkspacePage.signIn(browser, lead.admin(), lead.slug());
    MissionPage page = MissionPage.open(browser, missionId);
    Fields fields = new Fields(browser);
    fields.click("edit-charter");
    fields.type("charter-title", "My title");
    ApiResponse current = lead.admin().api().get(lead.missionPath(missionId));
    lead.admin().api().put(lead.missionPath(missionId), Payloads.charter("Their title"), current.etag());
    fields.click("charter-save");
    fields.click("conflict-keep-mine");
    browser.waitUntil(d -> page.title().equals("My title"));
    assertThat(lead.admin().api().get(lead.missionPath(missionId)).json().getString("title")).isEqualTo("My title");
  }
}

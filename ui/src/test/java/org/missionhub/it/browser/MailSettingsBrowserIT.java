package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Person;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.openqa.selenium.By;

/** E-mail settings in the browser (issue 17): from the notices, a person chooses a weekly digest and French e-mails. */
@ExtendWith(Browser.class)
class MailSettingsBrowserIT {

  @Test
  void aPersonChoosesWhatIsEMailedAndHowOften(Browser browser) {
    Org org = Scenario.organisation("ui-mail");
    Person member = Scenario.member(org, "MEMBER");

    WorkspacePage.signIn(browser, member, org.slug());
    Fields fields = new Fields(browser);
    fields.click("notices-bell");
    fields.click("notices-mail-settings");
    browser.waitFor(By.id("mail-frequency-mentions"));
    assertThat(browser.driver().findElements(By.id("mail-settings-off"))).as("the test servers send e-mail").isEmpty();
    fields.choose("mail-frequency-mentions", "Weekly digest");
    fields.choose("mail-frequency-decisions", "No e-mail");
    fields.choose("mail-language", "Français");
    fields.click("mail-settings-save");
    browser.waitUntil(d -> "WEEKLY".equals(frequency(member, "mentions")));
    assertThat(frequency(member, "decisions")).isEqualTo("NEVER");
    assertThat(frequency(member, "roles")).isEqualTo("IMMEDIATELY");
    assertThat(member.api().get("/api/v1/me/mail-settings").json().getString("language")).isEqualTo("fr");
    assertNoSeriousViolations(browser, "the e-mail settings");
    browser.keepScreenshot("mail-settings");
    WorkspacePage.signOut(browser);
  }

  private static String frequency(Person person, String topic) {
    return person.api().get("/api/v1/me/mail-settings").json().getJsonArray("topics").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("topic").equals(topic)).findFirst().orElseThrow().getString("frequency");
  }
}

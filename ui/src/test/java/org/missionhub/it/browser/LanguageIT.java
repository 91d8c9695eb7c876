package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.openqa.selenium.By;

/** English, French and Danish: the reader chooses, MissionHub remembers. */
@ExtendWith(Browser.class)
class LanguageIT {

  @Test
  void theChosenLanguageIsUsedAndRemembered(Browser browser) {
    browser.open("/");
    assertThat(browser.waitFor(By.id("sign-in")).getText()).isEqualTo("Sign in");
    new Fields(browser).choose("language", "Français");
    browser.waitUntil(d -> d.findElement(By.id("sign-in")).getText().equals("Se connecter"));
    // and assistive technology is told the page's language
    browser.waitUntil(d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    // a new page in the same browser speaks French too
    browser.open("/");
    assertThat(browser.waitFor(By.id("sign-in")).getText()).isEqualTo("Se connecter");
    new Fields(browser).choose("language", "Dansk");
    browser.waitUntil(d -> d.findElement(By.id("sign-in")).getText().equals("Log ind"));
  }
}

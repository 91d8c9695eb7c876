package org.missionhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.it.browser.Accessibility.assertNoSeriousViolations;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.missionhub.it.browser.pages.Fields;
import org.missionhub.it.browser.pages.WorkspacePage;
import org.missionhub.it.support.Payloads;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;
import org.missionhub.it.webhook.Receiver;
import org.openqa.selenium.By;

/** Webhooks in the browser (issue 17): an administrator registers an endpoint, reads its delivery log, redelivers. */
@ExtendWith(Browser.class)
class WebhooksBrowserIT {

  @Test
  void anAdministratorRegistersAnEndpointAndReadsItsDeliveries(Browser browser) throws Exception {
    Org org = Scenario.organisation("ui-hooks");
    String mission = Scenario.mission(org, "Webhooks in the browser");
    try (Receiver receiver = new Receiver()) {
      WorkspacePage.signIn(browser, org.admin(), org.slug());
      Fields fields = new Fields(browser);
      fields.click("nav-webhooks");
      fields.click("webhooks-add");
      // a refused address is said next to the field
      fields.type("webhook-url", "ftp://example.org/hook");
      fields.pick("webhook-events", "decision.proposed", "decision.proposed");
      fields.click("webhook-save");
      browser.waitFor(By.xpath("//vaadin-text-field[@id='webhook-url'][@invalid]"));
      fields.type("webhook-url", receiver.url());
      fields.type("webhook-description", "Our case system");
      fields.click("webhook-save");
      browser.waitFor(By.xpath("//vaadin-grid[@id='webhooks']//vaadin-grid-cell-content[contains(., '" + receiver.url() + "')]"));

      org.admin().api().post(org.missionPath(mission) + "/decisions", Payloads.decision("Fund school counsellors", "PROPOSED", null));
      receiver.await(r -> r.body().contains("decision.proposed"), 1, Duration.ofSeconds(20));
      String endpoint = org.admin().api().get(org.path() + "/webhooks").array().getJsonObject(0).getString("id");
      fields.click("webhook-deliveries-" + endpoint);
      browser.waitFor(By.xpath("//vaadin-grid[@id='webhook-delivery-log']//vaadin-grid-cell-content[normalize-space()='Delivered']"));
      assertNoSeriousViolations(browser, "the webhook deliveries");
      browser.keepScreenshot("webhook-deliveries");
      String delivery = org.admin().api().get(org.path() + "/webhooks/" + endpoint + "/deliveries").items().getJsonObject(0).getString("id");
      fields.click("webhook-redeliver-" + delivery);
      receiver.await(r -> r.body().contains("decision.proposed"), 2, Duration.ofSeconds(20));
      assertThat(receiver.received()).extracting(Receiver.Received::id).containsOnly(delivery);
    }
  }
}

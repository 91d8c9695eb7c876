package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;

/** The Vaadin UI is served at the root, in production mode, next to the API. */
class WelcomePageIT {

  @Test
  void theRootServesTheUserInterface() {
    ApiResponse page = Api.anonymous().send("GET", "/", null, Map.of("Accept", "text/html"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<html").doesNotContain("development bundle");
  }
}

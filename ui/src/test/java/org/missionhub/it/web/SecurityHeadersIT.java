package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;

/** Browser protections on the web pages and on the API alike. */
class SecurityHeadersIT {

  @Test
  void everyResponseCarriesTheBrowserProtections() {
    for (String path : new String[] {"/", "/api/v1/me", "/api/v1/no-such-thing"}) {
      ApiResponse response = Api.anonymous().get(path);
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'").contains("object-src 'none'");
      assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
    }
  }
}

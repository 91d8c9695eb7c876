package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void aPageRunsOnlyTheScriptsThatCarryItsOwnNonce() {
    ApiResponse page = Api.anonymous().get("/");
    String policy = page.header("Content-Security-Policy");
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
    assertThat(nonce.find()).as(policy).isTrue();
    assertThat(policy).contains("default-src 'self'").contains("style-src 'self' 'unsafe-inline'").doesNotContain("script-src 'self' 'unsafe-inline'");
    // every inline script (and style) of the bootstrap page carries this response's nonce, and a new page a new one
    Matcher inline = Pattern.compile("<(script|style)\\b([^>]*)>").matcher(page.body());
    int elements = 0;
    while (inline.find()) {
      elements++;
      assertThat(inline.group(2)).as(inline.group()).contains("nonce=\"" + nonce.group(1) + "\"");
    }
    assertThat(elements).isGreaterThan(2);
    assertThat(Api.anonymous().get("/").header("Content-Security-Policy")).doesNotContain(nonce.group(1));
    // the API needs no script policy
    assertThat(Api.anonymous().get("/api/v1/me").header("Content-Security-Policy")).doesNotContain("nonce");
  }
}

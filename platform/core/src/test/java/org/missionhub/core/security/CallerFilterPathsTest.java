package org.missionhub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paths the caller filter lets through without a token: exactly the reads it names, nothing near them. */
class CallerFilterPathsTest {

  @Test
  void aReadUnderAPluginsPublicMountNeedsNoToken() {
    assertThat(CallerFilter.isPublicRead("GET", List.of("v1", "public", "survey"))).isTrue();
    assertThat(CallerFilter.isPublicRead("HEAD", List.of("v1", "public", "survey", "campaigns", "c-1", "results.csv"))).isTrue();
  }

  @Test
  void anythingButAReadThereStillNeedsAToken() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
      assertThat(CallerFilter.isPublicRead(method, List.of("v1", "public", "survey", "campaigns"))).as(method).isFalse();
    }
  }

  @Test
  void pathsThatOnlyLookPublicNeedAToken() {
    assertThat(CallerFilter.isPublicRead("GET", List.of("v1", "public"))).isFalse();
    assertThat(CallerFilter.isPublicRead("GET", List.of("v1", "orgs", "public", "survey"))).isFalse();
    assertThat(CallerFilter.isPublicRead("GET", List.of("v2", "public", "survey"))).isFalse();
    assertThat(CallerFilter.isPublicRead("GET", List.of("v1", "platform", "survey", "public"))).isFalse();
  }

  @Test
  void theOtherTokenFreeReadsStayAsTheyWere() {
    assertThat(CallerFilter.isIndex("GET", List.of("v1"))).isTrue();
    assertThat(CallerFilter.isFeedRead("GET", List.of("v1", "feeds", "slug", "file.ics"))).isTrue();
    assertThat(CallerFilter.isUnsubscribe("POST", List.of("v1", "mail", "unsubscribe", "secret"))).isTrue();
    assertThat(CallerFilter.isFeedRead("POST", List.of("v1", "feeds", "slug", "file.ics"))).isFalse();
  }
}

package org.missionhub.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Open-redirect control: {@code /sign-in?next=} goes on to this application's routes only. */
class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"workspace", "workspace/missions/0b6c7a1e-5f0d-4e8e-9a51-7d3c2f1b9e00", "org/plugins", "platform/plugin/survey/campaigns"})
  void aRouteOfTheApplicationIsKept(String next) {
    assertThat(ReturnPath.route(next)).contains(next);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "/2130706433", // becomes //2130706433, an IP address, after the context path "" and "/"
        "//evil.example",
        "/\\evil.example",
        "https://evil.example",
        "https:evil.example",
        "workspace//x",
        "workspace/",
        "../workspace",
        "%2F%2Fevil.example",
        "Workspace",
        "workspace?x=1",
        "workspace#x",
        "work space",
        "workspace\r\nLocation: https://evil.example"
      })
  void anythingElseIsNot(String next) {
    assertThat(ReturnPath.route(next)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aRouteLongerThanTwoHundredCharactersIsNot() {
    assertThat(ReturnPath.route("a".repeat(201))).isEmpty();
    assertThat(ReturnPath.route("a".repeat(200))).isPresent();
  }
}

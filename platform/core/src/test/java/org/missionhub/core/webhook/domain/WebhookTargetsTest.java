package org.missionhub.core.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

  private final WebhookTargets production = new WebhookTargets(false);
  private final WebhookTargets development = new WebhookTargets(true);

  @ParameterizedTest
  @ValueSource(strings = {
      "https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.1.10/",
      "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://100.64.0.1/", "https://224.0.0.1/",
      "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/", "https://[::ffff:10.0.0.1]/", "https://[::ffff:127.0.0.1]/", "https://[::]/"})
  void productionRefusesPrivateLoopbackLinkLocalAndMetadataAddresses(String url) {
    assertThat(production.problem(url)).as(url).hasValueSatisfying(p -> assertThat(p).startsWith("must be a public address"));
  }

  @Test
  void productionWantsHttpsAndAHostWithoutCredentials() {
    assertThat(production.problem("http://93.184.215.14/hook")).contains("must start with https://");
    assertThat(production.problem("ftp://93.184.215.14/")).contains("must start with https://");
    assertThat(production.problem("https://user:pw@93.184.215.14/")).hasValueSatisfying(p -> assertThat(p).contains("without a user name"));
    assertThat(production.problem("not a url")).isPresent();
    assertThat(production.problem("https://93.184.215.14/hook")).isEmpty();
    assertThat(production.problem("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")).isEmpty();
  }

  @Test
  void developmentAllowsLoopbackOverHttp() {
    assertThat(development.problem("http://127.0.0.1:8089/hook")).isEmpty();
    assertThat(development.problem("ftp://127.0.0.1/")).contains("must start with https:// or http://");
  }
}

package org.missionhub.core.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsAsTheStandardWebhooksExampleDoes() {
    // the example of the Standard Webhooks specification (spec/standard-webhooks.md, "Verifying webhook authenticity")
    WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    String body = "{\"test\": 2432232314}";
    assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void verifiesAmongSeveralSignaturesAndRefusesATamperedBody() {
    WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
    String signature = WebhookSignature.sign(secret, "msg_1", 1700000000, "{}");
    assertThat(WebhookSignature.verify(secret, "msg_1", 1700000000, "{}", "v1,bm90IGl0 " + signature)).isTrue();
    assertThat(WebhookSignature.verify(secret, "msg_1", 1700000000, "{ }", signature)).isFalse();
    assertThat(WebhookSignature.verify(secret, "msg_1", 1700000001, "{}", signature)).isFalse();
    assertThat(WebhookSignature.verify(WebhookSecret.generate(new SecureRandom()), "msg_1", 1700000000, "{}", signature)).isFalse();
  }

  @Test
  void aSecretIsWhsecAndEnoughRandomBytes() {
    assertThat(WebhookSecret.generate(new SecureRandom()).value()).startsWith("whsec_");
    assertThatThrownBy(() -> new WebhookSecret("whsec_c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WebhookSecret("secret")).isInstanceOf(IllegalArgumentException.class);
    assertThat(WebhookSecret.generate(new SecureRandom()).toString()).doesNotContain("whsec_");
  }
}

package org.missionhub.core.webhook.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret as Standard Webhooks writes it: {@code whsec_} and 32 random bytes in base64.
 * The receiver verifies signatures with it, so it is kept (not hashed) and shown to administrators only.
 */
public record WebhookSecret(String value) {

  private static final String PREFIX = "whsec_";

  public WebhookSecret {
    Objects.requireNonNull(value, "value");
    if (!value.startsWith(PREFIX) || key(value).length < 24) {
      throw new IllegalArgumentException("a webhook secret is whsec_ and at least 24 bytes in base64");
    }
  }

  public static WebhookSecret generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
  }

  /** The HMAC key: the bytes after the prefix. */
  public byte[] key() {
    return key(value);
  }

  private static byte[] key(String value) {
    try {
      return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  @Override
  public String toString() {
    return "WebhookSecret[hidden]";
  }
}

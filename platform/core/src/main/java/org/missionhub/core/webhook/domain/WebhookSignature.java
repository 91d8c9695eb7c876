package org.missionhub.core.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>} with the
 * secret's key, sent as {@code webhook-signature: v1,<base64>}.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String sign(WebhookSecret secret, String messageId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      byte[] signature = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** Whether one of the space-separated signatures of a {@code webhook-signature} header is this message's. */
  public static boolean verify(WebhookSecret secret, String messageId, long timestamp, String body, String header) {
    byte[] expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    for (String candidate : header.split(" ")) {
      if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }
}

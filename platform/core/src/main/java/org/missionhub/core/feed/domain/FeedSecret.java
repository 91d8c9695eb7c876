package org.missionhub.core.feed.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret of a feed's address: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of the
 * database opens no feed; a plain hash suffices (no slow hash) because the secret is random, not chosen.
 */
public record FeedSecret(String value) {

  private static final int BYTES = 32;

  public FeedSecret {
    Objects.requireNonNull(value, "value");
  }

  public static FeedSecret generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new FeedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether the text could be a secret at all (so that garbage is refused before any lookup). */
  public static boolean isWellFormed(String text) {
    return text != null && text.length() == 43 && text.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
  }

  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "FeedSecret[hidden]";
  }
}

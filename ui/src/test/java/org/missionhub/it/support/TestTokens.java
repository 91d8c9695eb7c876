package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Forges tokens the server must refuse: they look like Keycloak's (same issuer, audience and claims) but are
 * signed with a key nobody trusts (src/test/resources/jwt), or not signed at all.
 */
public final class TestTokens {

  private TestTokens() {}

  public static Builder forSubject(String subject) {
    return new Builder(subject);
  }

  /** A token under construction. */
  public static final class Builder {
    private final String subject;
    private String name;
    private String email;
    private final List<String> organisations = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private String issuer = ItEnvironment.issuer();
    private String audience = "missionhub-api";
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30));
    private String keyFile = "jwt/other-private-key.pem";
    private String algorithm = "RS256";

    private Builder(String subject) {
      this.subject = subject;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder organisations(String... slugs) {
      organisations.addAll(List.of(slugs));
      return this;
    }

    public Builder groups(String... names) {
      groups.addAll(List.of(names));
      return this;
    }

    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /** An unsigned token ({@code alg: none}). */
    public Builder unsigned() {
      this.algorithm = "none";
      return this;
    }

    public String build() {
      Instant now = Instant.now();
      JsonObjectBuilder claims =
          Json.createObjectBuilder()
              .add("iss", issuer)
              .add("aud", audience)
              .add("sub", subject)
              .add("upn", subject)
              .add("preferred_username", subject)
              .add("jti", UUID.randomUUID().toString())
              .add("iat", now.getEpochSecond() - 5)
              .add("exp", expiresAt.getEpochSecond());
      if (name != null) {
        claims.add("name", name);
      }
      if (email != null) {
        claims.add("email", email);
      }
      JsonArrayBuilder orgs = Json.createArrayBuilder();
      organisations.forEach(orgs::add);
      claims.add("organization", orgs);
      JsonArrayBuilder roles = Json.createArrayBuilder();
      groups.forEach(roles::add);
      claims.add("groups", roles);
      String header = Json.createObjectBuilder().add("alg", algorithm).add("typ", "JWT").build().toString();
      String signingInput = base64(header) + "." + base64(claims.build().toString());
      if (algorithm.equals("none")) {
        return signingInput + ".";
      }
      return signingInput + "." + sign(signingInput, keyFile);
    }
  }

  /** Flips one character of the payload, keeping the signature: a tampered token. */
  public static String tampered(String token) {
    String[] parts = token.split("\\.");
    char[] payload = parts[1].toCharArray();
    int i = payload.length / 2;
    payload[i] = payload[i] == 'A' ? 'B' : 'A';
    return parts[0] + "." + new String(payload) + "." + parts[2];
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sign(String input, String keyFile) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey(keyFile));
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
  }

  private static PrivateKey privateKey(String resource) throws IOException, GeneralSecurityException {
    try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .replaceAll("-----[A-Z ]+-----", "")
          .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
  }
}

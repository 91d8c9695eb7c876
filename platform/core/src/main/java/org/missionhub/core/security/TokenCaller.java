package org.missionhub.core.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads a {@link Caller} from a token that MicroProfile JWT has already verified (signature, issuer,
 * audience, expiry). Organisations come from Keycloak's {@code organization} claim, which is a list of
 * aliases, or an object keyed by alias when the mapper adds ids or attributes.
 */
public final class TokenCaller {

  static final String ORGANISATION_CLAIM = "organization";

  private TokenCaller() {}

  public static Caller from(JsonWebToken token) {
    String name = firstText(token, "name", "preferred_username");
    // only a verified address identifies a person (invitations are matched by it)
    String email = Boolean.TRUE.equals(flag(token.getClaim("email_verified"))) ? firstText(token, "email") : null;
    Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
    for (String group : token.getGroups() == null ? Set.<String>of() : token.getGroups()) {
      for (PlatformRole role : PlatformRole.values()) {
        if (role.name().equals(group)) {
          roles.add(role);
        }
      }
    }
    return new Caller(token.getSubject(), name, email, roles, organisations(token.getClaim(ORGANISATION_CLAIM)));
  }

  static Set<String> organisations(Object claim) {
    Set<String> slugs = new HashSet<>();
    if (claim instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          slugs.add(s.getString());
        }
      }
    } else if (claim instanceof JsonObject object) {
      slugs.addAll(object.keySet());
    } else if (claim instanceof JsonString s) {
      slugs.add(s.getString());
    } else if (claim instanceof Collection<?> values) {
      values.forEach(v -> slugs.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
    } else if (claim instanceof String s) {
      slugs.add(s);
    }
    return slugs;
  }

  private static Boolean flag(Object claim) {
    if (claim instanceof Boolean b) {
      return b;
    }
    if (claim instanceof jakarta.json.JsonValue v) {
      return v == jakarta.json.JsonValue.TRUE;
    }
    return claim == null ? null : Boolean.valueOf(claim.toString());
  }

  private static String firstText(JsonWebToken token, String... claims) {
    for (String claim : claims) {
      Object value = token.getClaim(claim);
      if (value instanceof JsonString s) {
        return s.getString();
      }
      if (value instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }
}

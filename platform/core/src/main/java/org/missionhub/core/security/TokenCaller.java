package org.missionhub.core.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Caller} from the claims of a verified Keycloak access token. Organisations come from
 * Keycloak's {@code organization} claim, a list of aliases (or an object keyed by alias when the mapper adds
 * ids or attributes); platform roles from {@code groups}; the e-mail address only if Keycloak verified it.
 * Claim values are JSON-P values or plain Java values (strings, lists, booleans), depending on who parsed
 * the token.
 */
public final class TokenCaller {

  static final String ORGANISATION_CLAIM = "organization";

  private TokenCaller() {}

  public static Caller from(Map<String, ?> claims) {
    Object subject = claims.get("sub");
    String sub = subject instanceof JsonString s ? s.getString() : subject == null ? null : subject.toString();
    String name = firstText(claims, "name", "preferred_username");
    // only a verified address identifies a person (invitations are matched by it)
    String email = Boolean.TRUE.equals(flag(claims.get("email_verified"))) ? firstText(claims, "email") : null;
    Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
    for (String group : texts(claims.get("groups"))) {
      for (PlatformRole role : PlatformRole.values()) {
        if (role.name().equals(group)) {
          roles.add(role);
        }
      }
    }
    return new Caller(sub, name, email, roles, organisations(claims.get(ORGANISATION_CLAIM)));
  }

  static Set<String> organisations(Object claim) {
    if (claim instanceof JsonObject object) {
      return Set.copyOf(object.keySet());
    }
    if (claim instanceof Map<?, ?> map) {
      Set<String> keys = new HashSet<>();
      map.keySet().forEach(k -> keys.add(String.valueOf(k)));
      return keys;
    }
    return texts(claim);
  }

  private static Set<String> texts(Object claim) {
    Set<String> values = new HashSet<>();
    if (claim instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          values.add(s.getString());
        }
      }
    } else if (claim instanceof Collection<?> list) {
      list.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
    } else if (claim instanceof JsonString s) {
      values.add(s.getString());
    } else if (claim instanceof String s) {
      values.add(s);
    }
    return values;
  }

  private static Boolean flag(Object claim) {
    if (claim instanceof Boolean b) {
      return b;
    }
    if (claim instanceof JsonValue v) {
      return v == JsonValue.TRUE;
    }
    return claim == null ? null : Boolean.valueOf(claim.toString());
  }

  private static String firstText(Map<String, ?> claims, String... names) {
    for (String name : names) {
      Object value = claims.get(name);
      if (value instanceof JsonString s && !s.getString().isBlank()) {
        return s.getString();
      }
      if (value instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }
}

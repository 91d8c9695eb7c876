package org.missionhub.ui.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where {@code /sign-in?next=} may send a person afterwards: a route of this application only. A route is
 * one or more path segments of lower-case letters, digits, {@code -} and {@code _}, without a leading
 * slash and without empty segments, so the redirect built from it ({@code contextPath + "/" + route}) can
 * never start with {@code //} (another host, such as {@code //2130706433}) or carry a scheme.
 */
public final class ReturnPath {

  private static final Pattern ROUTE = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");
  private static final int MAX_LENGTH = 200;

  private ReturnPath() {}

  /** The route to go on to, if {@code next} is one of this application's. */
  public static Optional<String> route(String next) {
    if (next == null || next.length() > MAX_LENGTH || !ROUTE.matcher(next).matches()) {
      return Optional.empty();
    }
    return Optional.of(next);
  }
}

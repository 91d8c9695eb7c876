package org.missionhub.core.shared;

import java.util.regex.Pattern;

/** Rules of URL-safe organisation slugs: 3-63 lower-case letters, digits and inner hyphens. */
public final class Slug {

  public static final String REGEX = "[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])";
  public static final String RULE =
      "must be 3 to 63 lower-case letters, digits or hyphens, starting and ending with a letter or digit";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private Slug() {}

  public static boolean isValid(String slug) {
    return slug != null && PATTERN.matcher(slug).matches();
  }
}

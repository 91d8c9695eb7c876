package org.missionhub.api.plugin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version, {@code major.minor.patch} (a pre-release or build suffix is accepted and ignored in
 * comparisons).
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

  private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-+][0-9A-Za-z.+-]*)?");

  public SemanticVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers cannot be negative");
    }
  }

  /** Parses {@code 1.4.2} (also {@code 1.4.2-SNAPSHOT}); anything else is an IllegalArgumentException. */
  public static SemanticVersion parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not a semantic version (major.minor.patch): " + text);
    }
    return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}

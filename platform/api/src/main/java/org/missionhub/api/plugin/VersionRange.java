package org.missionhub.api.plugin;

import java.util.Optional;

/**
 * A range of versions in interval notation, as Maven writes it: {@code [1.0.0,2.0.0)} (from 1.0.0 up to, not
 * including, 2.0.0), {@code [1.2.0,)} (1.2.0 or later), {@code (,3.0.0]}. A bare version {@code 1.2.0} means
 * "1.2.0 or a later version with the same major number" (compatible under semantic versioning).
 */
public final class VersionRange {

  private final Optional<SemanticVersion> lower;
  private final boolean lowerInclusive;
  private final Optional<SemanticVersion> upper;
  private final boolean upperInclusive;
  private final String text;

  private VersionRange(
      Optional<SemanticVersion> lower, boolean lowerInclusive, Optional<SemanticVersion> upper, boolean upperInclusive, String text) {
    if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
      throw new IllegalArgumentException("empty version range: " + text);
    }
    this.lower = lower;
    this.lowerInclusive = lowerInclusive;
    this.upper = upper;
    this.upperInclusive = upperInclusive;
    this.text = text;
  }

  public static VersionRange parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a version range is required");
    }
    String t = text.strip();
    char first = t.charAt(0);
    if (first != '[' && first != '(') {
      SemanticVersion from = SemanticVersion.parse(t);
      return new VersionRange(Optional.of(from), true, Optional.of(new SemanticVersion(from.major() + 1, 0, 0)), false, t);
    }
    char last = t.charAt(t.length() - 1);
    int comma = t.indexOf(',');
    if ((last != ']' && last != ')') || comma < 0 || comma != t.lastIndexOf(',')) {
      throw new IllegalArgumentException("not a version range such as [1.0.0,2.0.0): " + text);
    }
    String from = t.substring(1, comma).strip();
    String to = t.substring(comma + 1, t.length() - 1).strip();
    return new VersionRange(
        from.isEmpty() ? Optional.empty() : Optional.of(SemanticVersion.parse(from)),
        first == '[',
        to.isEmpty() ? Optional.empty() : Optional.of(SemanticVersion.parse(to)),
        last == ']',
        t);
  }

  public boolean contains(SemanticVersion version) {
    if (lower.isPresent()) {
      int c = version.compareTo(lower.get());
      if (c < 0 || (c == 0 && !lowerInclusive)) {
        return false;
      }
    }
    if (upper.isPresent()) {
      int c = version.compareTo(upper.get());
      return c < 0 || (c == 0 && upperInclusive);
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionRange other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}

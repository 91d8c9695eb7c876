package org.missionhub.plugin.survey.instrument;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Codes of questions, sections and options: stable identifiers that waves and exports rely on. */
final class Codes {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  /** Options may be numbers too (the points of a scale: 1 to 5). */
  private static final Pattern OPTION = Pattern.compile("[a-z0-9][a-z0-9_]{0,63}");

  private Codes() {}

  static void require(String code, String what) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInstrumentException("the " + what + " code '" + code + "' must be 1-64 lower-case letters, digits or underscores, starting with a letter");
    }
  }

  static void requireOption(String code) {
    if (code == null || !OPTION.matcher(code).matches()) {
      throw new InvalidInstrumentException("the option code '" + code + "' must be 1-64 lower-case letters, digits or underscores");
    }
  }

  static void unique(Collection<String> codes, String what) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        throw new InvalidInstrumentException("the " + what + " code '" + code + "' is used twice");
      }
    }
  }
}

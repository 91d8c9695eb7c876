package org.missionhub.plugin.survey.xlsform;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XLSForm names as people write them ({@code Q1_Age}, {@code respondentName}, choice names {@code Aloyce} or
 * {@code n1-c}), made into the instrument's codes (lower-case letters, digits and underscores, which waves, exports
 * and expressions rely on) and remembered, so that the form's expressions are rewritten to the codes and the import
 * says what was renamed. Hand-written: the rule is the instrument's own.
 */
final class Names {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

  private final Map<String, String> questions = new LinkedHashMap<>();
  private final Map<String, String> choices = new LinkedHashMap<>();

  /** The code of a question, section or group name (starting with a letter); the same name, the same code. */
  String question(String name) {
    return questions.computeIfAbsent(name, n -> unique(code(n, true), questions));
  }

  /** The code of a choice of a list; the same name in any list, the same code (answers store it). */
  String choice(String name) {
    return choices.computeIfAbsent(name, n -> code(n, false));
  }

  /** The expression with its references and choice literals in codes. */
  String expression(String source) {
    Matcher references = REFERENCE.matcher(source);
    StringBuilder out = new StringBuilder();
    while (references.find()) {
      String name = references.group(1).strip();
      references.appendReplacement(out, Matcher.quoteReplacement("${" + questions.getOrDefault(name, name) + "}"));
    }
    references.appendTail(out);
    Matcher literals = LITERAL.matcher(out.toString());
    StringBuilder rewritten = new StringBuilder();
    while (literals.find()) {
      String quoted = literals.group(1) != null ? literals.group(1) : literals.group(2);
      String code = choices.get(quoted);
      literals.appendReplacement(rewritten, Matcher.quoteReplacement(code == null ? literals.group() : "'" + code + "'"));
    }
    literals.appendTail(rewritten);
    return rewritten.toString();
  }

  /** The question, section and group names that became other codes, as name → code. */
  Map<String, String> renamedQuestions() {
    return renamed(questions);
  }

  /** The choice names that became other codes, as name → code. */
  Map<String, String> renamedChoices() {
    return renamed(choices);
  }

  private static Map<String, String> renamed(Map<String, String> codes) {
    Map<String, String> renamed = new LinkedHashMap<>();
    codes.forEach((name, code) -> {
      if (!name.equals(code)) {
        renamed.put(name, code);
      }
    });
    return renamed;
  }

  /** The name as a code: accents dropped, words split at capitals, lower case, anything else an underscore. */
  static String code(String name, boolean letterFirst) {
    String c = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (c.isEmpty()) {
      c = "x";
    }
    if (letterFirst && !Character.isLetter(c.charAt(0))) {
      c = "q_" + c;
    }
    return c.length() > 64 ? c.substring(0, 64) : c;
  }

  /** Two names that fold to the same code ({@code Age}, {@code age}) keep apart: the second gets a number. */
  private static String unique(String code, Map<String, String> taken) {
    Set<String> used = new HashSet<>(taken.values());
    String candidate = code;
    for (int n = 2; used.contains(candidate); n++) {
      String suffix = "_" + n;
      candidate = (code.length() + suffix.length() > 64 ? code.substring(0, 64 - suffix.length()) : code) + suffix;
    }
    return candidate;
  }
}

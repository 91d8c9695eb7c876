package org.missionhub.plugin.survey.expression;

import java.util.Set;

/**
 * A condition over earlier answers, in the subset of the XLSForm expression language MissionHub supports
 * (for {@code relevant} and {@code constraint}): {@code ${code}} references, {@code .} (the answer being
 * checked, in constraints), text in quotes, numbers, {@code = != < <= > >=}, {@code and}, {@code or},
 * {@code not(...)}, {@code selected(${code}, 'option')}, {@code count-selected(${code})},
 * {@code string-length(...)} and parentheses; for calculations also {@code + - * div mod}, {@code if(c, a, b)},
 * {@code coalesce(a, b)}, {@code round(x, digits)}, {@code int(x)}, {@code number(x)} and {@code concat(...)}. Parse
 * once with {@link #parse}, evaluate many times.
 */
public interface Expression {

  /** True if the condition holds for these answers; {@code self} is what {@code .} stands for (may be null). */
  boolean test(Answers answers, String self);

  /**
   * What it computes, as XLSForm writes a calculate's value: a number without a needless {@code .0}, text as it is,
   * a multiple choice's codes separated by spaces; empty when it computes nothing (an answer it needs is missing, or a
   * number is not finite).
   */
  String value(Answers answers, String self);

  /** The question codes it reads, to check they exist and come earlier. */
  Set<String> references();

  /** The text it was parsed from. */
  String source();

  static Expression parse(String source) {
    return new Parser(source).parse();
  }
}

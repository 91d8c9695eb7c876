package org.missionhub.plugin.survey.expression;

import java.util.List;

/**
 * The value rules, as in XLSForm: an unanswered question is empty text; a multiple choice is its codes
 * separated by spaces; comparisons are numeric when both sides are numbers, textual otherwise (then only
 * = and != hold: an order between texts is false).
 */
final class Values {

  private Values() {}

  static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Double d) {
      return d != 0;
    }
    return !text(value).isEmpty();
  }

  @SuppressWarnings("unchecked")
  static List<String> list(Object value) {
    if (value instanceof List<?> list) {
      return (List<String>) list;
    }
    String text = text(value);
    return text.isEmpty() ? List.of() : List.of(text.split(" "));
  }

  @SuppressWarnings("unchecked")
  static String text(Object value) {
    if (value instanceof List<?> list) {
      return String.join(" ", (List<String>) list);
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : d.toString();
    }
    return value == null ? "" : value.toString();
  }

  static boolean compare(String operator, Object left, Object right) {
    Double a = number(left);
    Double b = number(right);
    if (a != null && b != null) {
      int order = Double.compare(a, b);
      return holds(operator, order);
    }
    int order = text(left).compareTo(text(right));
    return switch (operator) {
      case "=" -> order == 0;
      case "!=" -> order != 0;
      default -> false;
    };
  }

  private static boolean holds(String operator, int order) {
    return switch (operator) {
      case "=" -> order == 0;
      case "!=" -> order != 0;
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      default -> throw new IllegalArgumentException(operator);
    };
  }

  /** The value as a number, or null when it is none (empty, text, true or false). */
  static Double number(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof Boolean) {
      return null;
    }
    String text = text(value).strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package org.missionhub.plugin.survey.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic as XLSForm (XPath 1.0) does it: operands are numbers, an empty answer or text that is no number is NaN,
 * and NaN spreads, so a calculation over a missing answer computes nothing rather than a wrong number.
 */
final class Arithmetic {

  private Arithmetic() {}

  static Double apply(String operator, Object left, Object right) {
    double a = number(left);
    double b = number(right);
    return switch (operator) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "div" -> a / b;
      case "mod" -> a % b;
      default -> throw new IllegalArgumentException(operator);
    };
  }

  static double number(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    Double number = Values.number(value);
    return number == null ? Double.NaN : number;
  }

  static Double truncated(Object value) {
    double number = number(value);
    return Double.isNaN(number) || Double.isInfinite(number) ? number : (double) (long) number;
  }

  /** Rounded half away from zero (XPath's round is half up; ODK's, like this one, treats negatives symmetrically). */
  static Double round(Object value, Object digits) {
    double number = number(value);
    double places = number(digits);
    if (Double.isNaN(number) || Double.isInfinite(number) || Double.isNaN(places)) {
      return Double.NaN;
    }
    return BigDecimal.valueOf(number).setScale((int) places, RoundingMode.HALF_UP).doubleValue();
  }
}

package org.missionhub.plugin.survey.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; anything it does not know is an error at its position. */
final class Lexer {

  private final String source;
  private int at;

  Lexer(String source) {
    this.source = source;
  }

  List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
        at++;
      }
      if (at >= source.length()) {
        tokens.add(new Token(Token.Kind.END, "", at));
        return tokens;
      }
      tokens.add(token());
    }
  }

  private Token token() {
    int start = at;
    char c = source.charAt(at);
    if (c == '$') {
      int close = source.indexOf('}', at);
      if (at + 1 >= source.length() || source.charAt(at + 1) != '{' || close < 0) {
        throw new ExpressionException(ExpressionException.Reason.REFERENCE_FORM, start);
      }
      String code = source.substring(at + 2, close).strip();
      if (!code.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
        throw new ExpressionException(ExpressionException.Reason.NOT_A_CODE, start, code);
      }
      at = close + 1;
      return new Token(Token.Kind.REFERENCE, code, start);
    }
    if (c == '\'' || c == '"') {
      int close = source.indexOf(c, at + 1);
      if (close < 0) {
        throw new ExpressionException(ExpressionException.Reason.UNCLOSED_TEXT, start);
      }
      at = close + 1;
      return new Token(Token.Kind.TEXT, source.substring(start + 1, close), start);
    }
    // a minus is always the operator: the parser reads "-3" as minus three, and "${a} -1" as a subtraction
    if (Character.isDigit(c)) {
      at++;
      while (at < source.length() && (Character.isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
        at++;
      }
      String number = source.substring(start, at);
      try {
        Double.parseDouble(number);
      } catch (NumberFormatException e) {
        throw new ExpressionException(ExpressionException.Reason.NOT_A_NUMBER, start, number);
      }
      return new Token(Token.Kind.NUMBER, number, start);
    }
    if (Character.isLetter(c)) {
      while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '-' || source.charAt(at) == '_')) {
        at++;
      }
      return new Token(Token.Kind.WORD, source.substring(start, at), start);
    }
    for (String operator : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
      if (source.startsWith(operator, at)) {
        at += operator.length();
        return new Token(Token.Kind.OPERATOR, operator, start);
      }
    }
    at++;
    return switch (c) {
      case '(' -> new Token(Token.Kind.OPEN, "(", start);
      case ')' -> new Token(Token.Kind.CLOSE, ")", start);
      case ',' -> new Token(Token.Kind.COMMA, ",", start);
      case '+', '-', '*' -> new Token(Token.Kind.ARITHMETIC, String.valueOf(c), start);
      case '.' -> new Token(Token.Kind.SELF, ".", start);
      default -> throw new ExpressionException(ExpressionException.Reason.UNEXPECTED, start, String.valueOf(c));
    };
  }
}

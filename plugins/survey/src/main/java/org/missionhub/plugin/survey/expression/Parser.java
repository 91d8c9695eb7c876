package org.missionhub.plugin.survey.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Recursive descent over the tokens: or > and > comparison > sum > product > sign > primary. */
final class Parser {

  private final String source;
  private final List<Token> tokens;
  private final Set<String> references = new LinkedHashSet<>();
  private int next;

  Parser(String source) {
    if (source == null || source.isBlank()) {
      throw new ExpressionException(ExpressionException.Reason.EMPTY, 0);
    }
    this.source = source;
    this.tokens = new Lexer(source).tokens();
  }

  Expression parse() {
    Node root = or();
    if (peek().kind() != Token.Kind.END) {
      throw new ExpressionException(ExpressionException.Reason.UNEXPECTED, peek().position(), peek().text());
    }
    return new Parsed(source, root, Set.copyOf(references));
  }

  private Node or() {
    Node left = and();
    while (word("or")) {
      Node l = left;
      Node r = and();
      left = (answers, self) -> Values.truthy(l.eval(answers, self)) || Values.truthy(r.eval(answers, self));
    }
    return left;
  }

  private Node and() {
    Node left = comparison();
    while (word("and")) {
      Node l = left;
      Node r = comparison();
      left = (answers, self) -> Values.truthy(l.eval(answers, self)) && Values.truthy(r.eval(answers, self));
    }
    return left;
  }

  private Node comparison() {
    Node left = sum();
    if (peek().kind() == Token.Kind.OPERATOR) {
      String operator = take().text();
      Node right = sum();
      return (answers, self) -> Values.compare(operator, left.eval(answers, self), right.eval(answers, self));
    }
    return left;
  }

  private Node sum() {
    Node left = product();
    while (peek().kind() == Token.Kind.ARITHMETIC && !peek().text().equals("*")) {
      boolean plus = take().text().equals("+");
      Node l = left;
      Node r = product();
      left = (answers, self) -> Arithmetic.apply(plus ? "+" : "-", l.eval(answers, self), r.eval(answers, self));
    }
    return left;
  }

  private Node product() {
    Node left = sign();
    while (peek().kind() == Token.Kind.ARITHMETIC && peek().text().equals("*") || peek().kind() == Token.Kind.WORD && (peek().text().equals("div") || peek().text().equals("mod"))) {
      String operator = take().text();
      Node l = left;
      Node r = sign();
      left = (answers, self) -> Arithmetic.apply(operator, l.eval(answers, self), r.eval(answers, self));
    }
    return left;
  }

  private Node sign() {
    if (peek().kind() == Token.Kind.ARITHMETIC && peek().text().equals("-")) {
      take();
      Node operand = sign();
      return (answers, self) -> Arithmetic.apply("-", 0.0, operand.eval(answers, self));
    }
    return primary();
  }

  private Node primary() {
    Token token = take();
    return switch (token.kind()) {
      case NUMBER -> {
        double number = Double.parseDouble(token.text());
        yield (answers, self) -> number;
      }
      case TEXT -> (answers, self) -> token.text();
      case REFERENCE -> {
        references.add(token.text());
        yield (answers, self) -> answers.of(token.text()).orElse(List.of());
      }
      case SELF -> (answers, self) -> self == null ? List.of() : List.of(self);
      case OPEN -> {
        Node inner = or();
        expect(Token.Kind.CLOSE, ExpressionException.Reason.EXPECTED_CLOSE);
        yield inner;
      }
      case WORD -> function(token);
      default -> throw token.kind() == Token.Kind.END
          ? new ExpressionException(ExpressionException.Reason.ENDS_EARLY, token.position())
          : new ExpressionException(ExpressionException.Reason.UNEXPECTED, token.position(), token.text());
    };
  }

  private Node function(Token name) {
    expect(Token.Kind.OPEN, ExpressionException.Reason.EXPECTED_OPEN, name.text());
    List<Node> arguments = new ArrayList<>();
    if (peek().kind() != Token.Kind.CLOSE) {
      arguments.add(or());
      while (peek().kind() == Token.Kind.COMMA) {
        take();
        arguments.add(or());
      }
    }
    expect(Token.Kind.CLOSE, ExpressionException.Reason.EXPECTED_CLOSE);
    return switch (name.text()) {
      case "not" -> {
        arity(name, arguments, 1);
        yield (answers, self) -> !Values.truthy(arguments.get(0).eval(answers, self));
      }
      case "selected" -> {
        arity(name, arguments, 2);
        yield (answers, self) -> Values.list(arguments.get(0).eval(answers, self)).contains(Values.text(arguments.get(1).eval(answers, self)));
      }
      case "count-selected" -> {
        arity(name, arguments, 1);
        yield (answers, self) -> (double) Values.list(arguments.get(0).eval(answers, self)).size();
      }
      case "string-length" -> {
        arity(name, arguments, 1);
        yield (answers, self) -> (double) Values.text(arguments.get(0).eval(answers, self)).length();
      }
      case "if" -> {
        arity(name, arguments, 3);
        yield (answers, self) -> Values.truthy(arguments.get(0).eval(answers, self)) ? arguments.get(1).eval(answers, self) : arguments.get(2).eval(answers, self);
      }
      case "coalesce" -> {
        arity(name, arguments, 2);
        yield (answers, self) -> {
          Object first = arguments.get(0).eval(answers, self);
          return Values.text(first).isEmpty() ? arguments.get(1).eval(answers, self) : first;
        };
      }
      case "concat" -> (answers, self) -> {
        StringBuilder joined = new StringBuilder();
        arguments.forEach(a -> joined.append(Values.text(a.eval(answers, self))));
        return joined.toString();
      };
      case "number" -> {
        arity(name, arguments, 1);
        yield (answers, self) -> Arithmetic.number(arguments.get(0).eval(answers, self));
      }
      case "int" -> {
        arity(name, arguments, 1);
        yield (answers, self) -> Arithmetic.truncated(arguments.get(0).eval(answers, self));
      }
      case "round" -> {
        if (arguments.size() != 1 && arguments.size() != 2) {
          throw new ExpressionException(ExpressionException.Reason.ROUND_ARGUMENTS, name.position());
        }
        yield (answers, self) -> Arithmetic.round(arguments.get(0).eval(answers, self), arguments.size() == 2 ? arguments.get(1).eval(answers, self) : 0.0);
      }
      default -> throw new ExpressionException(ExpressionException.Reason.UNKNOWN_FUNCTION, name.position(), name.text());
    };
  }

  private static void arity(Token name, List<Node> arguments, int expected) {
    if (arguments.size() != expected) {
      throw new ExpressionException(ExpressionException.Reason.ARGUMENTS, name.position(), name.text(), expected);
    }
  }

  private boolean word(String word) {
    if (peek().kind() == Token.Kind.WORD && peek().text().equals(word)) {
      take();
      return true;
    }
    return false;
  }

  private void expect(Token.Kind kind, ExpressionException.Reason otherwise, Object... arguments) {
    Token token = take();
    if (token.kind() != kind) {
      throw new ExpressionException(otherwise, token.position(), arguments);
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token token = tokens.get(next);
    if (token.kind() != Token.Kind.END) {
      next++;
    }
    return token;
  }

  /** A compiled node: evaluates to a Boolean, a Double, a String or a List of answer values. */
  @FunctionalInterface
  interface Node {
    Object eval(Answers answers, String self);
  }

  private record Parsed(String source, Node root, Set<String> references) implements Expression {
    @Override
    public boolean test(Answers answers, String self) {
      return Values.truthy(root.eval(answers, self));
    }

    @Override
    public String value(Answers answers, String self) {
      Object value = root.eval(answers, self);
      if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
        return "";
      }
      if (value instanceof Boolean b) {
        return b ? "true" : "false";
      }
      return Values.text(value);
    }

    @Override
    public String toString() {
      return source;
    }
  }
}

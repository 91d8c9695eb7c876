package org.missionhub.plugin.survey.xlsform;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.expression.ExpressionException;

/**
 * A row's {@code relevant} or {@code constraint} in codes, if MissionHub can evaluate it. One it cannot (a function
 * outside the subset, a reference to a question left out or asked later) is dropped with a note: the question is
 * then always shown, or its answer not checked. Something that is not an expression at all is a problem.
 */
final class Conditions {

  private final Names names;
  private final Findings findings;
  private final Set<String> asked = new HashSet<>();

  Conditions(Names names, Findings findings) {
    this.names = names;
    this.findings = findings;
  }

  /** A question the survey asks, which later conditions may read. */
  void asked(String code) {
    asked.add(code);
  }

  /** The question codes asked so far, which an expression may read. */
  Set<String> askedSoFar() {
    return java.util.Collections.unmodifiableSet(asked);
  }

  Optional<String> of(Sheet.SheetRow row, String column) {
    String written = row.get(column).strip();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String source = names.expression(written);
    String effect = column.equals("relevant") ? "applied" : "checked";
    Expression expression;
    try {
      expression = Expression.parse(source);
    } catch (ExpressionException e) {
      if (e.reason() == ExpressionException.Reason.UNKNOWN_FUNCTION) {
        findings.note("survey", row.number(), column, "is not " + effect + " (" + e.getMessage() + ")");
      } else {
        findings.problem("survey", row.number(), column, e.getMessage());
      }
      return Optional.empty();
    }
    Set<String> missing = new TreeSet<>(expression.references());
    missing.removeAll(asked);
    if (!missing.isEmpty()) {
      findings.note("survey", row.number(), column, "is not " + effect + ": it reads " + String.join(", ", missing) + ", which the survey does not ask (left out, or later in the form)");
      return Optional.empty();
    }
    return Optional.of(source);
  }
}

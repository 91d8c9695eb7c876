package org.missionhub.plugin.survey.builder;

import java.util.List;
import java.util.Set;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.expression.ExpressionException;

/**
 * A condition checked as it is typed, at its place in the draft: whether it reads, and whether every question it
 * reads is asked before it. The builder shows the verdict under the field.
 *
 * @param valid true when the condition can be saved (an empty one always can: always shown, never checked)
 * @param reads the question codes it reads, in the order written (when valid)
 * @param problem why not, in English, when not valid
 * @param problemKey the same for a page: {@code survey.expression.<problemKey>} over {@code problemArguments}
 * @param position the 0-based character where it goes wrong, or -1
 */
public record ConditionCheck(boolean valid, List<String> reads, String problem, String problemKey, List<Object> problemArguments, int position) {

  /** The key of "${x} is not a question asked before this one". */
  static final String NOT_ASKED_BEFORE = "notAskedBefore";

  public static ConditionCheck of(FormDraft draft, Object place, String source, boolean constraint) {
    if (source == null || source.isBlank()) {
      return fine(List.of());
    }
    Expression expression;
    try {
      expression = Expression.parse(source.strip());
    } catch (ExpressionException e) {
      return new ConditionCheck(false, List.of(), e.why(), e.reason().key(), e.arguments(), e.position());
    }
    Set<String> readable = draft.readableBefore(place, constraint);
    List<String> reads = expression.references().stream().sorted().toList();
    for (String reference : reads) {
      if (!readable.contains(reference)) {
        int at = source.indexOf("${" + reference + "}");
        return new ConditionCheck(false, reads, "${" + reference + "} is not a question asked before this one", NOT_ASKED_BEFORE, List.of(reference), at);
      }
    }
    return fine(reads);
  }

  private static ConditionCheck fine(List<String> reads) {
    return new ConditionCheck(true, reads, null, null, List.of(), -1);
  }
}

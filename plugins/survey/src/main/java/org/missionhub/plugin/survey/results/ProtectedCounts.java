package org.missionhub.plugin.survey.results;

import java.util.List;
import java.util.Optional;

/**
 * A question's counts after disclosure control: the overall distribution and the breakdowns that can be
 * offered (empty when fewer than the minimum answered), and the names of those that cannot.
 */
public record ProtectedCounts(QuestionCounts source, Optional<ProtectedTable> overall, List<ProtectedTable> breakdowns, List<String> notOffered) {

  public ProtectedCounts {
    breakdowns = List.copyOf(breakdowns);
    notOffered = List.copyOf(notOffered);
  }

  public boolean withheld() {
    return overall.isEmpty();
  }

  public Optional<ProtectedTable> breakdown(String name) {
    return breakdowns.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}

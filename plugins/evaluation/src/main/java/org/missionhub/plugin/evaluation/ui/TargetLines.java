package org.missionhub.plugin.evaluation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.service.Forms.TargetForm;

/**
 * Targets as a person types them, one per line: {@code 2027: 40}, or for a range {@code 2027: 70 .. 85}.
 * The service checks every value and names the line of a wrong one.
 */
final class TargetLines {

  private TargetLines() {}

  static List<TargetForm> read(String text) {
    List<TargetForm> targets = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      String period = colon < 0 ? line.strip() : line.substring(0, colon).strip();
      String values = colon < 0 ? "" : line.substring(colon + 1).strip();
      int range = values.indexOf("..");
      targets.add(range < 0
          ? new TargetForm(period, values, null)
          : new TargetForm(period, values.substring(0, range).strip(), values.substring(range + 2).strip()));
    }
    return targets;
  }

  static String write(Indicator indicator) {
    return indicator.targets().stream()
        .map(t -> indicator.periods().name(t.period()) + ": " + t.value().toPlainString() + (t.upper() == null ? "" : " .. " + t.upper().toPlainString()))
        .collect(Collectors.joining("\n"));
  }
}

package org.missionhub.plugin.survey.instrument;

import java.util.Objects;
import org.missionhub.api.plugin.LocalizedText;

/** An answer option (or a matrix item), with a stable code that results and exports use. */
public record Option(String code, LocalizedText label) {

  public Option {
    Codes.requireOption(code);
    Objects.requireNonNull(label, "label");
  }

  public static Option of(String code, LocalizedText label) {
    return new Option(code, label);
  }
}

package org.missionhub.plugin.funding.iati;

import java.util.List;
import java.util.Objects;

/**
 * Why an IATI file cannot be written: a message key of the plugin's bundle ({@code funding.iati.<code>}) with
 * its arguments, for the tab in the reader's language, and the English sentence the API answers.
 */
public record IatiProblem(String code, List<String> arguments, String english) {

  public IatiProblem {
    Objects.requireNonNull(code, "code");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(english, "english");
  }

  /** The key of its message in the plugin's bundle. */
  public String key() {
    return "funding.iati." + code;
  }
}

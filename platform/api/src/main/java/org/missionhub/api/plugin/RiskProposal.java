package org.missionhub.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;
import org.missionhub.api.governance.RiskCategory;

/**
 * A risk a plugin proposes to a mission's register (contract 1.9.0, {@link PluginContext#proposeRisk}), such as
 * the funding plugin's "lack of committed support" when commitments fall below the share of the coming year's
 * need. It arrives {@link org.missionhub.api.governance.RiskStatus#PROPOSED}, as the starting risks do: counted
 * nowhere until someone managing the risks accepts or dismisses it. The texts are written into the register in
 * the mission's language, so give them in English, French and Danish.
 *
 * @param key what the proposal is about, unique within the plugin (lower-case letters, digits, hyphens): while
 *     the register holds a risk the plugin proposed under this key that is not closed, the same proposal adds nothing
 * @param likelihood 1 to 5
 * @param impact 1 to 5
 * @param title at most 200 characters in each language
 * @param description why the risk is proposed, in the plugin's words (figures, dates)
 * @param mitigation what the mission could do about it; may be null
 */
public record RiskProposal(
    String key, RiskCategory category, int likelihood, int impact, LocalizedText title, LocalizedText description, LocalizedText mitigation) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  public RiskProposal {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("a risk proposal's key is 1-60 lower-case letters, digits or hyphens: " + key);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
      throw new IllegalArgumentException("likelihood and impact are 1 to 5");
    }
    if (title.all().values().stream().anyMatch(t -> t.isBlank() || t.length() > 200)) {
      throw new IllegalArgumentException("a risk's title is 1 to 200 characters in every language");
    }
  }
}

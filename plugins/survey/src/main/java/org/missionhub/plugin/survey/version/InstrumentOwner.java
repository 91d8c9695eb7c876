package org.missionhub.plugin.survey.version;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose instrument it is: the benchmark analysts' (the platform's) or one organisation's own, for its
 * missions' surveys. Codes are unique per owner, so the owner is part of every instrument's key.
 *
 * @param key {@value #PLATFORM_KEY}, or the organisation's id
 */
public record InstrumentOwner(String key) {

  static final String PLATFORM_KEY = "platform";

  /** How the API names the analysts' instruments next to a code. */
  public static final String PLATFORM_LABEL = "platform";

  /** How the API names the instruments of the organisation running a mission survey. */
  public static final String ORGANISATION_LABEL = "organisation";

  /** The benchmark analysts' instruments. */
  public static final InstrumentOwner PLATFORM = new InstrumentOwner(PLATFORM_KEY);

  public InstrumentOwner {
    Objects.requireNonNull(key, "key");
    if (!key.equals(PLATFORM_KEY)) {
      // an organisation's id: anything else would be a key no organisation could ever reach
      UUID.fromString(key);
    }
  }

  public static InstrumentOwner organisation(String organisationId) {
    return new InstrumentOwner(organisationId);
  }

  public boolean isPlatform() {
    return key.equals(PLATFORM_KEY);
  }

  /**
   * The instrument's name among a mission's survey figures: the code for the analysts', the code and the
   * organisation's id's first 8 characters for an organisation's own (which fits the 100 characters a figure's
   * source is stored in; two of a mission's organisations sharing both is not a real risk).
   */
  public String figureName(String code) {
    return isPlatform() ? code : code + "@" + key.substring(0, 8);
  }

  /** How the API names it next to a code: {@code platform} or {@code organisation} (the one running the survey). */
  public String label() {
    return isPlatform() ? PLATFORM_LABEL : ORGANISATION_LABEL;
  }
}

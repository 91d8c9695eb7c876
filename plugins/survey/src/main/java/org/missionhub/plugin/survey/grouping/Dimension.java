package org.missionhub.plugin.survey.grouping;

import java.util.Arrays;
import java.util.Optional;

/**
 * What results are broken down by: facts about the answering organisation and mission, taken when the
 * response was submitted (so a later change of phase does not move old answers).
 */
public enum Dimension {
  ORGANISATION_TYPE("organisationType", "org_type"),
  COUNTRY("country", "country"),
  PHASE("phase", "phase"),
  GOVERNANCE_MODE("governanceMode", "governance_mode"),
  CHALLENGE_AREA("challengeArea", "challenge_area"),
  /** The organisation's NACE section or COFOG division ({@code NONE}: its profile gives none). */
  SECTOR("sector", "sector");

  private final String apiName;
  private final String column;

  Dimension(String apiName, String column) {
    this.apiName = apiName;
    this.column = column;
  }

  /** The name in the API ({@code by=organisationType}). */
  public String apiName() {
    return apiName;
  }

  /** The column of {@code survey_answer} and {@code survey_response} that holds it. */
  public String column() {
    return column;
  }

  public static Optional<Dimension> fromApiName(String name) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
  }
}

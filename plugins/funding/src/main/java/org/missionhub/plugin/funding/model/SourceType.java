package org.missionhub.plugin.funding.model;

/**
 * Where a mission's money comes from, typed as the OECD / Danish Design Centre survey asked it, each with
 * the IATI organisation type (codelist {@code OrganisationType}) its funder is reported as.
 */
public enum SourceType {
  NATIONAL_STATE("10"),
  REGIONAL("11"),
  LOCAL("11"),
  EU("40"),
  PHILANTHROPIC_FOUNDATION("60"),
  IMPACT_INVESTMENT("71"),
  PRIVATE("70"),
  OWN_BUDGET("10");

  private final String iatiOrganisationType;

  SourceType(String iatiOrganisationType) {
    this.iatiOrganisationType = iatiOrganisationType;
  }

  /** IATI {@code OrganisationType}: 10 government, 11 local government, 40 multilateral, 60 foundation, 70/71 private sector. */
  public String iatiOrganisationType() {
    return iatiOrganisationType;
  }
}

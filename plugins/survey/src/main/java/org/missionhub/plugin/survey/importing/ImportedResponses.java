package org.missionhub.plugin.survey.importing;

/** Responses collected elsewhere and imported into a closed campaign (issue 20: past waves made comparable). */
public final class ImportedResponses {

  /**
   * The organisation an imported response is stored under: none of MissionHub's (the nil UUID), so that no
   * organisation holds, exports or erases it, and no workshop or notice goes to it.
   */
  public static final String NO_ORGANISATION = "00000000-0000-0000-0000-000000000000";

  private ImportedResponses() {}
}

package org.missionhub.plugin.survey.campaign;

import java.util.List;

/** A campaign as an analyst sends it: raw, checked by {@link CampaignRules}. Dates are ISO 8601 with an offset. */
public record CampaignForm(
    String title,
    String description,
    InstrumentRef instrument,
    AudienceForm audience,
    String unit,
    Boolean anonymous,
    Boolean editableAfterSubmit,
    Integer minimumCellSize,
    String opensAt,
    String closesAt) {

  /** A published instrument version. */
  public record InstrumentRef(String code, Integer version) {}

  /** Organisation types and ISO country codes; empty or left out: all. */
  public record AudienceForm(List<String> organisationTypes, List<String> countries) {}
}

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

  /**
   * A published instrument version: the benchmark analysts' ({@code owner} {@code platform} or left out) or, for a
   * mission survey, one of the running organisation's own ({@code organisation}).
   */
  public record InstrumentRef(String code, Integer version, String owner) {}

  /** Organisation types and ISO country codes; empty or left out: all. */
  public record AudienceForm(List<String> organisationTypes, List<String> countries) {}
}

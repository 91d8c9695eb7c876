package org.missionhub.plugin.survey.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.campaign.CampaignSettings;

/** A campaign as the API shows it. */
public record CampaignDto(
    String id,
    String title,
    String description,
    CampaignForm.InstrumentRef instrument,
    CampaignForm.AudienceForm audience,
    String unit,
    boolean anonymous,
    boolean editableAfterSubmit,
    int minimumCellSize,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    String status,
    OffsetDateTime resultsPublishedAt,
    OffsetDateTime createdAt) {

  public static CampaignDto from(Campaign c, OffsetDateTime now) {
    CampaignSettings s = c.settings();
    return new CampaignDto(
        c.id(), s.title(), s.description().orElse(null), new CampaignForm.InstrumentRef(s.instrumentCode(), s.instrumentVersion(), s.instrumentOwner().label()),
        new CampaignForm.AudienceForm(s.audience().types().stream().map(Enum::name).sorted().toList(), List.copyOf(new java.util.TreeSet<>(s.audience().countries()))),
        s.unit().name(), s.anonymous(), s.editableAfterSubmit(), s.minimumCellSize(), s.opensAt(), s.closesAt(), c.status(now).name(),
        c.resultsPublishedAt().orElse(null), c.createdAt());
  }
}

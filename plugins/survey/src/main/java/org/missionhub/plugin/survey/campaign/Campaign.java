package org.missionhub.plugin.survey.campaign;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A published instrument version put to organisations (a benchmark campaign), or to the people of one
 * mission's organisations (a mission survey). Its dates say when it takes responses; its
 * results are published, once, after it closes.
 *
 * @param minimumCellSize the fewest respondents any published number may rest on
 * @param editableAfterSubmit whether a submitted response may change until the close (never when anonymous)
 * @param revision the optimistic-locking version of the row (the ETag)
 * @param host for a mission's own survey, the mission and the organisation running it; empty for a
 *     benchmark campaign
 */
public record Campaign(
    String id,
    CampaignSettings settings,
    Optional<OffsetDateTime> resultsPublishedAt,
    OffsetDateTime createdAt,
    String createdBy,
    long revision,
    Optional<MissionHost> host) {

  /** The mission a mission survey belongs to and the organisation that runs it. */
  public record MissionHost(String missionId, String organisationId) {
    public MissionHost {
      Objects.requireNonNull(missionId, "missionId");
      Objects.requireNonNull(organisationId, "organisationId");
    }
  }

  public Campaign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(resultsPublishedAt, "resultsPublishedAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(host, "host");
    if (host.isPresent() && settings.unit() != Unit.PERSON) {
      throw new IllegalArgumentException("a mission survey takes one response per person");
    }
  }

  /** A benchmark campaign. */
  public Campaign(String id, CampaignSettings settings, Optional<OffsetDateTime> resultsPublishedAt, OffsetDateTime createdAt, String createdBy, long revision) {
    this(id, settings, resultsPublishedAt, createdAt, createdBy, revision, Optional.empty());
  }

  public boolean isMissionSurvey() {
    return host.isPresent();
  }

  /** Whether this is the given mission's own survey. */
  public boolean belongsTo(String missionId) {
    return host.map(h -> h.missionId().equals(missionId)).orElse(false);
  }

  public CampaignStatus status(OffsetDateTime now) {
    if (now.isBefore(settings.opensAt())) {
      return CampaignStatus.SCHEDULED;
    }
    return now.isBefore(settings.closesAt()) ? CampaignStatus.OPEN : CampaignStatus.CLOSED;
  }

  public boolean resultsPublished() {
    return resultsPublishedAt.isPresent();
  }

  /** The campaign with new settings; once it has opened, only its title, description and close may change. */
  public Campaign changed(CampaignSettings next, OffsetDateTime now) {
    CampaignStatus status = status(now);
    if (status == CampaignStatus.CLOSED) {
      throw new CampaignConflictException("The campaign is closed and cannot change");
    }
    if (status == CampaignStatus.OPEN) {
      settings.requireSameFrame(next);
    }
    return new Campaign(id, next, resultsPublishedAt, createdAt, createdBy, revision + 1, host);
  }

  /** Closes an open campaign now. */
  public Campaign closed(OffsetDateTime now) {
    if (status(now) != CampaignStatus.OPEN) {
      throw new CampaignConflictException("Only an open campaign can be closed; this one is " + status(now).name().toLowerCase(java.util.Locale.ROOT));
    }
    return new Campaign(id, settings.closingAt(now), resultsPublishedAt, createdAt, createdBy, revision + 1, host);
  }

  public Campaign withResultsPublished(OffsetDateTime now) {
    if (status(now) != CampaignStatus.CLOSED) {
      throw new CampaignConflictException("Results are published after the campaign closes, so that every respondent is counted");
    }
    if (resultsPublished()) {
      throw new CampaignConflictException("The results are already published");
    }
    return new Campaign(id, settings, Optional.of(now), createdAt, createdBy, revision + 1, host);
  }
}

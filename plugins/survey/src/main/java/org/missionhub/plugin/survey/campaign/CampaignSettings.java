package org.missionhub.plugin.survey.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.PluginProblem.FieldError;

/** What an analyst decides about a campaign; checked by {@link CampaignRules}. */
public record CampaignSettings(
    String title,
    Optional<String> description,
    String instrumentCode,
    int instrumentVersion,
    Audience audience,
    Unit unit,
    boolean anonymous,
    boolean editableAfterSubmit,
    int minimumCellSize,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt) {

  public CampaignSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(instrumentCode, "instrumentCode");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
  }

  CampaignSettings closingAt(OffsetDateTime now) {
    return new CampaignSettings(title, description, instrumentCode, instrumentVersion, audience, unit, anonymous, editableAfterSubmit, minimumCellSize, opensAt, now);
  }

  /** Once responses may exist, what they were given under must stay: refuses any change to it, naming the field. */
  void requireSameFrame(CampaignSettings next) {
    List<FieldError> errors = new ArrayList<>();
    String why = "cannot change once the campaign has opened";
    if (!instrumentCode.equals(next.instrumentCode) || instrumentVersion != next.instrumentVersion) {
      errors.add(new FieldError("instrument", why));
    }
    if (!audience.equals(next.audience)) {
      errors.add(new FieldError("audience", why));
    }
    if (unit != next.unit) {
      errors.add(new FieldError("unit", why));
    }
    if (anonymous != next.anonymous) {
      errors.add(new FieldError("anonymous", why));
    }
    if (editableAfterSubmit != next.editableAfterSubmit) {
      errors.add(new FieldError("editableAfterSubmit", why));
    }
    if (minimumCellSize != next.minimumCellSize) {
      errors.add(new FieldError("minimumCellSize", why));
    }
    if (!opensAt.equals(next.opensAt)) {
      errors.add(new FieldError("opensAt", why));
    }
    if (!errors.isEmpty()) {
      throw new InvalidCampaignException(errors);
    }
  }
}

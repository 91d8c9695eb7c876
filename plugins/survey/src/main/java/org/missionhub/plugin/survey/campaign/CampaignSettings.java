package org.missionhub.plugin.survey.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.plugin.PluginProblem.FieldError;
import org.missionhub.plugin.survey.version.InstrumentOwner;

/** What an analyst decides about a campaign; checked by {@link CampaignRules}. */
public record CampaignSettings(
    String title,
    Optional<String> description,
    String instrumentCode,
    int instrumentVersion,
    InstrumentOwner instrumentOwner,
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
    Objects.requireNonNull(instrumentOwner, "instrumentOwner");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
  }

  /** Settings on one of the benchmark analysts' instruments. */
  public CampaignSettings(
      String title, Optional<String> description, String instrumentCode, int instrumentVersion, Audience audience, Unit unit, boolean anonymous,
      boolean editableAfterSubmit, int minimumCellSize, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    this(title, description, instrumentCode, instrumentVersion, InstrumentOwner.PLATFORM, audience, unit, anonymous, editableAfterSubmit, minimumCellSize, opensAt, closesAt);
  }

  /** Whether both are on the same instrument (any versions of it): the same owner's same code. */
  public boolean sameInstrumentAs(CampaignSettings other) {
    return instrumentOwner.equals(other.instrumentOwner) && instrumentCode.equals(other.instrumentCode);
  }

  CampaignSettings closingAt(OffsetDateTime now) {
    return new CampaignSettings(title, description, instrumentCode, instrumentVersion, instrumentOwner, audience, unit, anonymous, editableAfterSubmit, minimumCellSize, opensAt, now);
  }

  /** Once responses may exist, what they were given under must stay: refuses any change to it, naming the field. */
  void requireSameFrame(CampaignSettings next) {
    List<FieldError> errors = new ArrayList<>();
    String why = "cannot change once the campaign has opened";
    if (!instrumentCode.equals(next.instrumentCode) || instrumentVersion != next.instrumentVersion || !instrumentOwner.equals(next.instrumentOwner)) {
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

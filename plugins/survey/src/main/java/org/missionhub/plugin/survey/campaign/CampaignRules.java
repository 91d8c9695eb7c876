package org.missionhub.plugin.survey.campaign;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.api.plugin.PluginProblem.FieldError;
import org.missionhub.plugin.survey.version.InstrumentOwner;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * Turns a campaign form into settings, or refuses it naming every wrong field. The minimum cell size may
 * not go below 3: fewer, and a respondent could recognise the others in a published number.
 */
public final class CampaignRules {

  public static final int DEFAULT_MINIMUM_CELL_SIZE = 5;
  public static final int LOWEST_MINIMUM_CELL_SIZE = 3;
  private static final int HIGHEST_MINIMUM_CELL_SIZE = 100;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Where the rules find an instrument version. */
  @FunctionalInterface
  public interface Instruments {
    Optional<InstrumentVersion> version(InstrumentOwner owner, String code, int number);
  }

  private final Instruments instruments;

  public CampaignRules(Instruments instruments) {
    this.instruments = instruments;
  }

  /** A benchmark campaign's settings: on one of the analysts' instruments. */
  public CampaignSettings check(CampaignForm form, OffsetDateTime now) {
    return check(form, now, Optional.empty());
  }

  /**
   * Settings on one of the analysts' instruments or, when {@code organisation} is given (a mission survey run by
   * it), on one of that organisation's own.
   */
  public CampaignSettings check(CampaignForm form, OffsetDateTime now, Optional<InstrumentOwner> organisation) {
    if (form == null) {
      throw new InvalidCampaignException(List.of(new FieldError("title", "is required")));
    }
    List<FieldError> errors = new ArrayList<>();
    String title = text(form.title(), "title", 200, true, errors);
    String description = text(form.description(), "description", 4000, false, errors);
    String code = null;
    int version = 0;
    InstrumentOwner owner = InstrumentOwner.PLATFORM;
    if (form.instrument() == null || form.instrument().code() == null || form.instrument().version() == null) {
      errors.add(new FieldError("instrument", "name a published instrument version: {\"code\": ..., \"version\": ...}"));
    } else {
      Optional<InstrumentOwner> named = owner(form.instrument().owner(), organisation, errors);
      if (named.isPresent()) {
        owner = named.get();
        code = form.instrument().code();
        version = form.instrument().version();
        Optional<InstrumentVersion> found = instruments.version(owner, code, version);
        if (found.isEmpty()) {
          errors.add(new FieldError("instrument", "there is no version " + version + " of " + code));
        } else if (found.get().isDraft()) {
          errors.add(new FieldError("instrument.version", "is a draft; publish it first, so that every respondent answers the same questions"));
        }
      }
    }
    Audience audience = audience(form.audience(), errors);
    Unit unit = unit(form.unit(), errors);
    boolean anonymous = Boolean.TRUE.equals(form.anonymous());
    boolean editable = Boolean.TRUE.equals(form.editableAfterSubmit());
    if (anonymous && editable) {
      errors.add(new FieldError("editableAfterSubmit", "an anonymous campaign keeps no link between a response and who gave it, so a submitted response cannot be changed"));
    }
    int minimum = form.minimumCellSize() == null ? DEFAULT_MINIMUM_CELL_SIZE : form.minimumCellSize();
    if (minimum < LOWEST_MINIMUM_CELL_SIZE || minimum > HIGHEST_MINIMUM_CELL_SIZE) {
      errors.add(new FieldError("minimumCellSize", "must be between " + LOWEST_MINIMUM_CELL_SIZE + " and " + HIGHEST_MINIMUM_CELL_SIZE));
    }
    OffsetDateTime opens = time(form.opensAt(), "opensAt", errors);
    OffsetDateTime closes = time(form.closesAt(), "closesAt", errors);
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      errors.add(new FieldError("closesAt", "must be after opensAt"));
    }
    if (closes != null && !closes.isAfter(now)) {
      errors.add(new FieldError("closesAt", "must be in the future"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidCampaignException(errors);
    }
    return new CampaignSettings(title, Optional.ofNullable(description), code, version, owner, audience, unit, anonymous, editable, minimum, opens, closes);
  }

  /** Whose instrument the form names; empty (with the reason among the errors) if it cannot be used here. */
  private static Optional<InstrumentOwner> owner(String named, Optional<InstrumentOwner> organisation, List<FieldError> errors) {
    if (named == null || named.equals(InstrumentOwner.PLATFORM_LABEL)) {
      return Optional.of(InstrumentOwner.PLATFORM);
    }
    if (named.equals(InstrumentOwner.ORGANISATION_LABEL) && organisation.isPresent()) {
      return organisation;
    }
    errors.add(new FieldError("instrument.owner", named.equals(InstrumentOwner.ORGANISATION_LABEL)
        ? "a benchmark campaign puts one of the platform's instruments to organisations: leave it out or send platform"
        : "must be platform (the benchmark analysts' instruments) or organisation (your organisation's own)"));
    return Optional.empty();
  }

  private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
    String stripped = value == null ? null : value.strip();
    if (stripped == null || stripped.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (stripped.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return stripped;
  }

  private static Audience audience(CampaignForm.AudienceForm form, List<FieldError> errors) {
    if (form == null) {
      return Audience.EVERYONE;
    }
    Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
    List<String> given = form.organisationTypes() == null ? List.of() : form.organisationTypes();
    for (int i = 0; i < given.size(); i++) {
      try {
        types.add(OrganisationType.valueOf(String.valueOf(given.get(i))));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("audience.organisationTypes[" + i + "]", "must be one of " + java.util.Arrays.toString(OrganisationType.values())));
      }
    }
    Set<String> countries = new LinkedHashSet<>();
    List<String> codes = form.countries() == null ? List.of() : form.countries();
    for (int i = 0; i < codes.size(); i++) {
      if (!COUNTRIES.contains(String.valueOf(codes.get(i)))) {
        errors.add(new FieldError("audience.countries[" + i + "]", "must be an ISO 3166 country code such as DK"));
      } else {
        countries.add(codes.get(i));
      }
    }
    return new Audience(types, countries);
  }

  private static Unit unit(String value, List<FieldError> errors) {
    if (value == null) {
      return Unit.MISSION;
    }
    try {
      return Unit.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("unit", "must be MISSION (one response per mission) or PERSON (one per person)"));
      return Unit.MISSION;
    }
  }

  private static OffsetDateTime time(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date and time with an offset, such as 2026-03-31T12:00:00Z"));
      return null;
    }
  }
}

package org.missionhub.plugin.survey.service;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.PluginProblem.FieldError;
import org.missionhub.plugin.survey.answering.AnswerRows;
import org.missionhub.plugin.survey.answering.Submitted;
import org.missionhub.plugin.survey.campaign.Audience;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.campaign.CampaignRules;
import org.missionhub.plugin.survey.campaign.CampaignSettings;
import org.missionhub.plugin.survey.campaign.Unit;
import org.missionhub.plugin.survey.importing.ImportedResponses;
import org.missionhub.plugin.survey.importing.ResponseFile;
import org.missionhub.plugin.survey.store.CampaignStore;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.store.ResponseStore;
import org.missionhub.plugin.survey.version.InstrumentOwner;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * Imports responses collected elsewhere (CSV as KoboToolbox, LimeSurvey or MissionHub's own export writes
 * them) into a new closed campaign of a published instrument version, so that a wave run elsewhere is
 * compared with the next one run here. A dry run reports how each column is read and every problem (row,
 * column, why); the import itself stores everything or, at the first problem, nothing. The campaign's
 * results are published like any other's, by the analyst, under its disclosure control.
 */
public final class ResponseImports {

  /** The largest file, in characters: the platform bounds a request body to 1 MiB. */
  public static final int LONGEST_FILE = 1_000_000;

  /**
   * What an analyst sends: the campaign's title and description, the instrument version the responses
   * answered, the days they were collected in, the minimum cell size, the file and, optionally, a mapping of
   * its headers (see {@link org.missionhub.plugin.survey.importing.ImportColumns}). The file is either {@code csv}
   * (its text) or {@code xlsx} (an {@code .xlsx} workbook in base64, its first sheet read).
   */
  public record ImportForm(
      String title, String description, CampaignForm.InstrumentRef instrument, String collectedFrom, String collectedTo, Integer minimumCellSize,
      String fileName, String csv, Map<String, String> mapping, Boolean dryRun, String xlsx) {}

  /** What a dry run found or an import did. */
  public record ImportResult(
      boolean dryRun, long rows, long imported, String campaignId, List<ResponseFile.ColumnReport> columns, List<ResponseFile.Problem> problems,
      boolean moreProblems) {}

  private final InstrumentStore instruments;
  private final CampaignStore campaigns;
  private final ResponseStore responses;
  private final PluginDatabase database;
  private final Clock clock;

  public ResponseImports(InstrumentStore instruments, CampaignStore campaigns, ResponseStore responses, PluginDatabase database, Clock clock) {
    this.instruments = Objects.requireNonNull(instruments, "instruments");
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.responses = Objects.requireNonNull(responses, "responses");
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ImportResult run(ImportForm form, PlatformScope analyst) {
    analyst.requireRole(PublicationService.ANALYST);
    if (form == null) {
      throw PluginProblem.invalid("csv", "Send the campaign's title, instrument, collection days and the file");
    }
    List<FieldError> errors = new ArrayList<>();
    String title = form.title() == null ? "" : form.title().strip();
    if (title.isEmpty() || title.length() > 200) {
      errors.add(new FieldError("title", "must be 1 to 200 characters"));
    }
    Optional<InstrumentVersion> version = version(form.instrument(), errors);
    LocalDate from = day(form.collectedFrom(), "collectedFrom", errors);
    LocalDate to = day(form.collectedTo(), "collectedTo", errors);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("collectedTo", "must be on or after collectedFrom"));
    }
    if (to != null && !to.isBefore(today)) {
      errors.add(new FieldError("collectedTo", "must be before today: imported responses were collected in the past"));
    }
    int minimum = form.minimumCellSize() == null ? CampaignRules.DEFAULT_MINIMUM_CELL_SIZE : form.minimumCellSize();
    if (minimum < CampaignRules.LOWEST_MINIMUM_CELL_SIZE || minimum > 100) {
      errors.add(new FieldError("minimumCellSize", "must be between " + CampaignRules.LOWEST_MINIMUM_CELL_SIZE + " and 100"));
    }
    boolean csv = form.csv() != null && !form.csv().isBlank();
    boolean xlsx = form.xlsx() != null && !form.xlsx().isBlank();
    byte[] workbook = null;
    if (csv == xlsx) {
      errors.add(new FieldError("csv", "send the file: its text as csv, or an .xlsx workbook in base64 as xlsx (one of them)"));
    } else if (csv && form.csv().length() > LONGEST_FILE) {
      errors.add(new FieldError("csv", "is larger than 1 MB; import the responses in several campaigns, or ask for the bound to be raised"));
    } else if (xlsx) {
      try {
        workbook = java.util.Base64.getMimeDecoder().decode(form.xlsx().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("xlsx", "must be the .xlsx workbook in base64"));
      }
    }
    if (form.fileName() != null && form.fileName().length() > 255) {
      errors.add(new FieldError("fileName", "must be at most 255 characters"));
    }
    if (!errors.isEmpty()) {
      throw PluginProblem.invalid(errors);
    }
    InstrumentVersion instrument = version.orElseThrow();
    Map<String, String> mapping = form.mapping() == null ? Map.of() : form.mapping();
    ResponseFile.Organisations organisations = organisations(analyst);
    ResponseFile.Read read = workbook != null
        ? ResponseFile.readWorkbook(workbook, instrument.definition(), mapping, to, organisations)
        : ResponseFile.read(form.csv(), instrument.definition(), mapping, to, organisations);
    boolean dryRun = form.dryRun() == null || form.dryRun();
    if (dryRun || !read.clean()) {
      if (!dryRun) {
        throw PluginProblem.invalid(read.problems().stream().limit(50)
            .map(p -> new FieldError("rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()), p.message())).toList());
      }
      return new ImportResult(true, read.rows(), 0, null, read.columns(), read.problems(), read.moreProblems());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CampaignSettings settings = new CampaignSettings(
        title, Optional.ofNullable(form.description()).map(String::strip).filter(d -> !d.isEmpty()), instrument.code(), instrument.number(),
        new Audience(java.util.Set.of(), java.util.Set.of()), Unit.MISSION, true, false, minimum,
        from.atStartOfDay().atOffset(ZoneOffset.UTC), to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    Campaign campaign = new Campaign(UUID.randomUUID().toString(), settings, Optional.empty(), now, analyst.caller().subject(), 0);
    List<Submitted> imported = read.responses().stream().map(row -> new Submitted(
        UUID.randomUUID().toString(), campaign.id(), instrument.number(), row.organisationId().orElse(ImportedResponses.NO_ORGANISATION), Optional.empty(),
        Optional.empty(), Optional.empty(),
        row.facts(), row.answers(), row.submittedOn(), Optional.empty(), 0)).toList();
    database.inTransaction(connection -> {
      campaigns.add(campaign);
      try (PreparedStatement provenance = connection.prepareStatement(
              "insert into survey_import (campaign_id, file_name, responses, imported_at, imported_by) values (?, ?, ?, ?, ?)");
          PreparedStatement announced = connection.prepareStatement("insert into survey_announcement (campaign_id, kind, announced_at) values (?, ?, ?)")) {
        provenance.setString(1, campaign.id());
        provenance.setString(2, form.fileName());
        provenance.setInt(3, imported.size());
        provenance.setObject(4, now);
        provenance.setString(5, analyst.caller().subject());
        provenance.executeUpdate();
        // collected elsewhere: nobody is told it opened or closed (its published results are announced as usual)
        for (String kind : List.of("opened", "closed")) {
          announced.setString(1, campaign.id());
          announced.setString(2, kind);
          announced.setObject(3, now);
          announced.executeUpdate();
        }
      }
      responses.importAll(imported, response -> AnswerRows.of(instrument.definition(), response.answers()));
      analyst.audit(AuditRecord.created("campaign", campaign.id(),
          Map.of("title", title, "importedResponses", Integer.toString(imported.size()), "instrument", instrument.code() + " v" + instrument.number())));
      return null;
    });
    return new ImportResult(false, read.rows(), imported.size(), campaign.id(), read.columns(), List.of(), false);
  }

  /** MissionHub's active organisations by slug, read once, when the file names one. */
  private static ResponseFile.Organisations organisations(PlatformScope analyst) {
    Map<String, org.missionhub.api.organisation.OrganisationFacts> bySlug = new java.util.HashMap<>();
    return slug -> {
      if (bySlug.isEmpty()) {
        analyst.activeOrganisations().forEach(o -> bySlug.put(o.slug(), o));
      }
      return Optional.ofNullable(bySlug.get(slug));
    };
  }

  private Optional<InstrumentVersion> version(CampaignForm.InstrumentRef ref, List<FieldError> errors) {
    if (ref == null || ref.code() == null || ref.version() == null) {
      errors.add(new FieldError("instrument", "name a published instrument version: {\"code\": ..., \"version\": ...}"));
      return Optional.empty();
    }
    if (ref.owner() != null && !ref.owner().equals(InstrumentOwner.PLATFORM_LABEL)) {
      errors.add(new FieldError("instrument.owner", "responses are imported into a campaign on one of the platform's instruments: leave it out or send platform"));
      return Optional.empty();
    }
    Optional<InstrumentVersion> found = instruments.version(InstrumentOwner.PLATFORM, ref.code(), ref.version());
    if (found.isEmpty()) {
      errors.add(new FieldError("instrument", "there is no version " + ref.version() + " of " + ref.code()));
    } else if (found.get().status() != InstrumentVersion.Status.PUBLISHED) {
      errors.add(new FieldError("instrument.version", "is a draft; publish it first"));
      return Optional.empty();
    }
    return found;
  }

  private static LocalDate day(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required: a day such as 2024-03-01"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a day such as 2024-03-01"));
      return null;
    }
  }
}

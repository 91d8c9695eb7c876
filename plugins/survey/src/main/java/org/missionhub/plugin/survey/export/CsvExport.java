package org.missionhub.plugin.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.instrument.Instrument;

/**
 * A campaign's submitted responses as one CSV table for the benchmark analyst: a header of the
 * {@link Codebook}'s column names, then a row per response in the order of submission, coded as the
 * codebook says (RFC 4180, UTF-8, CRLF). Free text is included. Nothing identifies a response: rows are
 * numbered 1..N and carry neither the response's id nor the organisation, mission or respondent.
 *
 * <p>It streams: responses are read from the database page by page and written as they come, with the
 * output flushed every 1,000 rows, so memory does not grow with the campaign.
 */
public final class CsvExport {

  private static final LongConsumer NO_PROGRESS = rows -> {};

  private final PluginDatabase database;
  private final ResponseRows responses = new ResponseRows();

  public CsvExport(PluginDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** How many rows an export of the campaign would have now (to show progress against). */
  public long count(String campaignId) {
    return database.acrossOrganisations("counting the responses of survey campaign " + campaignId + " for an export")
        .inTransaction(connection -> ResponseRows.count(connection, campaignId));
  }

  /** Writes the campaign's responses to {@code out} (flushed, not closed); returns the rows written. */
  public long write(String campaignId, Instrument instrument, OutputStream out) throws IOException {
    return write(campaignId, instrument, out, NO_PROGRESS);
  }

  /**
   * Writes the campaign's responses, calling {@code progress} with the rows written so far after every
   * 1,000th row and with the total at the end.
   *
   * @throws IllegalArgumentException if the instrument's columns clash (see {@link Codebook#of})
   */
  public long write(String campaignId, Instrument instrument, OutputStream out, LongConsumer progress) throws IOException {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(progress, "progress");
    Codebook codebook = Codebook.of(instrument);
    CsvWriter csv = new CsvWriter(out);
    csv.fields(codebook.columnNames()).endRow();
    // the responses of every organisation that answered: a recorded read across organisations
    PluginDatabase across = database.acrossOrganisations("CSV export of survey campaign " + campaignId);
    return responses.stream(across, campaignId, row -> {
      csv.field(Long.toString(row.number())).field(date(row.submittedOn()));
      ResponseFacts facts = row.facts();
      csv.field(facts.organisationType()).field(facts.country()).field(facts.phase()).field(facts.governanceMode()).field(facts.challengeArea()).field(facts.sector());
      csv.fields(codebook.answerCells(row.answers())).endRow();
    }, csv, progress);
  }

  private static String date(LocalDate day) {
    return day == null ? null : day.toString();
  }
}

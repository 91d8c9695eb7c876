package org.missionhub.plugin.survey.export;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.instrument.Instrument;

/**
 * A campaign's submitted responses as one JSON document, for tools that read answers as the respondents
 * gave them rather than coded in columns:
 *
 * <pre>{@code
 * {"campaign": "<id>", "instrument": {"code": "...", "version": 1},
 *  "responses": [{"response": 1, "submittedOn": "2026-03-02",
 *                 "facts": {"organisationType": "NGO", "country": "DK", "phase": "IN_PROGRESS", "governanceMode": "HYBRID", "challengeArea": "DIGITAL", "sector": "NACE_Q"},
 *                 "answers": {"role": ["leader"], "risks": ["silos", "other"], "risks_other": ["..."], "characteristics.clear_target": ["4"]}}, ...]}
 * }</pre>
 *
 * Answers are keyed as stored ({@code <code>}, {@code <code>.<item>}, {@code <code>_other}), in the
 * instrument's order; an unanswered question has no key. The instrument's code and version are the
 * campaign's. Like the {@link CsvExport} it numbers responses 1..N, never shows who answered, and streams.
 */
public final class JsonExport {

  private static final LongConsumer NO_PROGRESS = rows -> {};

  private final PluginDatabase database;
  private final ResponseRows responses = new ResponseRows();
  // A factory is made once: Json.createGenerator looks the provider up on every call.
  private final JsonGeneratorFactory generators = Json.createGeneratorFactory(Map.of());

  public JsonExport(PluginDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** How many responses an export of the campaign would have now. */
  public long count(String campaignId) {
    return database.acrossOrganisations("counting the responses of survey campaign " + campaignId + " for an export")
        .inTransaction(connection -> ResponseRows.count(connection, campaignId));
  }

  /** Writes the campaign's responses to {@code out} (flushed, not closed); returns the responses written. */
  public long write(String campaignId, Instrument instrument, OutputStream out) throws IOException {
    return write(campaignId, instrument, out, NO_PROGRESS);
  }

  /**
   * Writes the campaign's responses, calling {@code progress} with the responses written so far after
   * every 1,000th and with the total at the end.
   *
   * @throws IllegalArgumentException if there is no such campaign or it does not use this instrument
   */
  public long write(String campaignId, Instrument instrument, OutputStream out, LongConsumer progress) throws IOException {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(progress, "progress");
    List<String> keys = Codebook.of(instrument).answerKeys();
    // the responses of every organisation that answered: a recorded read across organisations
    PluginDatabase across = database.acrossOrganisations("JSON export of survey campaign " + campaignId);
    int version = ResponseRows.inTransaction(across, connection -> version(connection, campaignId, instrument.code()));
    try (JsonGenerator json = generators.createGenerator(new Unclosed(out))) {
      json.writeStartObject().write("campaign", campaignId);
      json.writeStartObject("instrument").write("code", instrument.code()).write("version", version).writeEnd();
      json.writeStartArray("responses");
      long written = responses.stream(across, campaignId, row -> response(json, row, keys), json, progress);
      json.writeEnd().writeEnd();
      return written;
    } catch (JsonException e) {
      // the generator wraps a failed write (the client went away): report it as the failed write it is
      if (e.getCause() instanceof IOException failedWrite) {
        throw failedWrite;
      }
      throw e;
    }
  }

  private static void response(JsonGenerator json, ResponseRows.Row row, List<String> keys) {
    json.writeStartObject().write("response", row.number()).write("submittedOn", row.submittedOn().toString());
    json.writeStartObject("facts")
        .write("organisationType", row.facts().organisationType())
        .write("country", row.facts().country())
        .write("phase", row.facts().phase())
        .write("governanceMode", row.facts().governanceMode())
        .write("challengeArea", row.facts().challengeArea())
        .write("sector", row.facts().sector())
        .writeEnd();
    json.writeStartObject("answers");
    Map<String, List<String>> left = new LinkedHashMap<>(row.answers());
    for (String key : keys) {
      answer(json, key, left.remove(key));
    }
    // a key the instrument does not know (checked answers have none) is kept rather than lost
    left.forEach((key, values) -> answer(json, key, values));
    json.writeEnd().writeEnd();
  }

  private static void answer(JsonGenerator json, String key, List<String> values) {
    if (values == null) {
      return;
    }
    json.writeStartArray(key);
    values.forEach(json::write);
    json.writeEnd();
  }

  /** The campaign's instrument version, checking that the instrument is the campaign's. */
  private static int version(Connection connection, String campaignId, String instrumentCode) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select instrument_code, instrument_version from survey_campaign where id = ?")) {
      select.setString(1, campaignId);
      try (ResultSet result = select.executeQuery()) {
        if (!result.next()) {
          throw new IllegalArgumentException("No campaign " + campaignId);
        }
        if (!result.getString(1).equals(instrumentCode)) {
          throw new IllegalArgumentException("The campaign " + campaignId + " uses the instrument " + result.getString(1) + ", not " + instrumentCode);
        }
        return result.getInt(2);
      }
    }
  }

  /** The caller's stream, which closing the generator (to finish the document) flushes but leaves open. */
  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}

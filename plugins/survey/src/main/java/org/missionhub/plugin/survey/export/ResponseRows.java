package org.missionhub.plugin.survey.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.Flushable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.survey.answering.ResponseFacts;

/**
 * A campaign's submitted responses read one at a time, for the exports: page after page of
 * {@value #PAGE} rows in the order of submission (keyset paging on submission day and id), each page in a
 * transaction of its own so that a long export to a slow client never outlives the server's transaction
 * timeout, each row's answers parsed with the streaming JSON parser. Nothing is kept between rows, so an
 * export takes the same memory for ten responses and for a million.
 *
 * <p>Only what an export may show is selected: never the response id, the organisation, the mission or
 * the respondent. The id only orders rows submitted on the same day, so that the order is stable.
 */
final class ResponseRows {

  /** Rows between flushes of the output and calls of the progress callback. */
  static final int BATCH = 1000;

  /** Rows read per transaction. */
  static final int PAGE = 5000;

  // Keyset pages in the order of the index (campaign_id, submitted_on, id): "submitted_on >= ?" lets both
  // databases start the index range where the last page ended, ordering by all three columns lets H2 see
  // that the index is already in order (else it sorts the rest of the campaign for every page), and the
  // limit lets them stop after a page.
  private static final String FIRST_PAGE =
      "select submitted_on, org_type, country, phase, governance_mode, challenge_area, answers, id, sector from survey_response"
          + " where campaign_id = ? order by campaign_id, submitted_on, id limit " + PAGE;
  private static final String NEXT_PAGE =
      "select submitted_on, org_type, country, phase, governance_mode, challenge_area, answers, id, sector from survey_response"
          + " where campaign_id = ? and submitted_on >= ? and (submitted_on > ? or id > ?) order by campaign_id, submitted_on, id limit " + PAGE;

  /** One response as exported. */
  record Row(long number, LocalDate submittedOn, ResponseFacts facts, Map<String, List<String>> answers) {}

  /** What receives the rows. */
  @FunctionalInterface
  interface Sink {
    void accept(Row row) throws IOException;
  }

  /** Database work that also writes. */
  @FunctionalInterface
  interface Export<T> {
    T run(Connection connection) throws SQLException, IOException;
  }

  // A factory is made once: Json.createParser looks the provider up on every call.
  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());

  /**
   * Streams the campaign's responses to the sink, page by page; flushes {@code out} and reports the rows
   * so far every {@link #BATCH} rows, and the total at the end. Returns the number of rows.
   */
  long stream(PluginDatabase database, String campaignId, Sink sink, Flushable out, LongConsumer progress) throws IOException {
    long[] rows = {0};
    Object[] after = null;
    while (true) {
      Object[] from = after;
      Object[] last = inTransaction(database, connection -> page(connection, campaignId, from, sink, out, progress, rows));
      if (last == null) {
        break;
      }
      after = last;
    }
    out.flush();
    if (rows[0] % BATCH != 0 || rows[0] == 0) {
      progress.accept(rows[0]);
    }
    return rows[0];
  }

  /** One page after the given (day, id); returns the last (day, id) read, or null when the page was the last. */
  private Object[] page(Connection connection, String campaignId, Object[] after, Sink sink, Flushable out, LongConsumer progress, long[] rows)
      throws SQLException, IOException {
    try (PreparedStatement select = connection.prepareStatement(after == null ? FIRST_PAGE : NEXT_PAGE, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(BATCH);
      select.setString(1, campaignId);
      if (after != null) {
        select.setObject(2, after[0]);
        select.setObject(3, after[0]);
        select.setString(4, (String) after[1]);
      }
      int read = 0;
      Object[] last = null;
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          read++;
          rows[0]++;
          LocalDate day = result.getObject(1, LocalDate.class);
          ResponseFacts facts = new ResponseFacts(result.getString(2), result.getString(3), result.getString(4), result.getString(5), result.getString(6), result.getString(9));
          sink.accept(new Row(rows[0], day, facts, answers(result.getCharacterStream(7))));
          last = new Object[] {day, result.getString(8)};
          if (rows[0] % BATCH == 0) {
            out.flush();
            progress.accept(rows[0]);
          }
        }
      }
      return read < PAGE ? null : last;
    }
  }

  /**
   * Runs database work that writes in a transaction (which the cursor needs), passing a failed write (the
   * client went away) through the database work and out again as itself.
   */
  static <T> T inTransaction(PluginDatabase database, Export<T> export) throws IOException {
    try {
      return database.inTransaction(connection -> {
        try {
          return export.run(connection);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static long count(Connection connection, String campaignId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select count(*) from survey_response where campaign_id = ?")) {
      select.setString(1, campaignId);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** One response's answers, {@code {"key": ["value", ...], ...}}, in the order stored. */
  Map<String, List<String>> answers(Reader json) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    if (json == null) {
      return answers;
    }
    try (JsonParser parser = parsers.createParser(json)) {
      expect(parser, JsonParser.Event.START_OBJECT);
      JsonParser.Event event;
      while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
        if (event != JsonParser.Event.KEY_NAME) {
          throw new JsonParsingException("an answer's key expected, not " + event, parser.getLocation());
        }
        String key = parser.getString();
        List<String> values = values(parser);
        if (!values.isEmpty()) {
          answers.put(key, values);
        }
      }
    }
    return answers;
  }

  /** An answer's values: an array of strings (a lone value or null is tolerated). */
  private static List<String> values(JsonParser parser) {
    List<String> values = new ArrayList<>(2);
    JsonParser.Event event = parser.next();
    if (event != JsonParser.Event.START_ARRAY) {
      add(values, parser, event);
      return values;
    }
    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
      add(values, parser, event);
    }
    return values;
  }

  private static void add(List<String> values, JsonParser parser, JsonParser.Event event) {
    switch (event) {
      case VALUE_STRING, VALUE_NUMBER -> values.add(parser.getString());
      case VALUE_TRUE -> values.add("true");
      case VALUE_FALSE -> values.add("false");
      case VALUE_NULL -> {
        // a null is no answer
      }
      default -> throw new JsonParsingException("an answer's value expected, not " + event, parser.getLocation());
    }
  }

  private static void expect(JsonParser parser, JsonParser.Event expected) {
    JsonParser.Event event = parser.next();
    if (event != expected) {
      throw new JsonParsingException(expected + " expected, not " + event, parser.getLocation());
    }
  }
}

package org.missionhub.plugin.survey.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.Sector;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.export.Codebook;
import org.missionhub.plugin.survey.importing.ImportColumns.Answer;
import org.missionhub.plugin.survey.importing.ImportColumns.Column;
import org.missionhub.plugin.survey.importing.ImportColumns.Day;
import org.missionhub.plugin.survey.importing.ImportColumns.Fact;
import org.missionhub.plugin.survey.importing.ImportColumns.Ignored;
import org.missionhub.plugin.survey.importing.ImportColumns.OptionFlag;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.response.AnswerProblem;
import org.missionhub.plugin.survey.response.CheckedResponse;
import org.missionhub.plugin.survey.response.ResponseCheck;

/**
 * Reads a CSV file of responses collected elsewhere against an instrument: every row checked as a
 * respondent's answers are (types, options, limits, constraints; answers to questions the conditions hide are
 * dropped), with the breakdown facts of each row, and every problem located by row and column. Nothing is
 * stored here: the import stores the rows only when there is no problem at all.
 *
 * <p>Answers may be the codes of options or their labels in any of the instrument's languages (KoboToolbox can
 * export either); a question left empty was not answered. Completeness is not required: a response collected
 * elsewhere was complete by that survey's rules. The file's delimiter (comma, semicolon as KoboToolbox writes
 * it, or tab) is told from its header.
 */
public final class ResponseFile {

  public static final int MOST_ROWS = 50_000;
  public static final int MOST_PROBLEMS = 500;

  private static final String TYPE = "fact_organisation_type";
  private static final String COUNTRY = "fact_country";
  private static final String SECTOR = "fact_sector";
  private static final Set<String> YES = Set.of("1", "y", "yes", "true", "x");
  private static final Set<String> NO = Set.of("0", "n", "no", "false");

  /** What is wrong, where: {@code row} 1 is the first response (the line after the header); 0 is the file itself. */
  public record Problem(long row, String column, String message) {}

  /** How a column is read: as an {@code answer}, an {@code option} (0/1), a {@code fact}, {@code submitted_on}, or {@code ignored} (with why). */
  public record ColumnReport(String column, String readAs, String key, String note) {}

  /**
   * A response ready to store.
   *
   * @param organisationId the MissionHub organisation that answered, when the file names one
   */
  public record Row(long row, ResponseFacts facts, Map<String, List<String>> answers, LocalDate submittedOn, Optional<String> organisationId) {}

  /** Finds MissionHub's active organisations by slug, for a file that names who answered. */
  @FunctionalInterface
  public interface Organisations {
    Optional<OrganisationFacts> bySlug(String slug);

    Organisations NONE = slug -> Optional.empty();
  }

  public record Read(List<ColumnReport> columns, long rows, List<Row> responses, List<Problem> problems, boolean moreProblems) {

    public boolean clean() {
      return problems.isEmpty();
    }
  }

  private ResponseFile() {}

  public static Read read(String csv, Instrument instrument, Map<String, String> mapping, LocalDate defaultDay) {
    return read(csv, instrument, mapping, defaultDay, Organisations.NONE);
  }

  public static Read read(String csv, Instrument instrument, Map<String, String> mapping, LocalDate defaultDay, Organisations organisations) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get())) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
      // commons-csv reports a broken quote and the like so; say where
      return new Read(List.of(), records.size(), List.of(), List.of(new Problem(records.size(), null, "This row is not valid CSV: " + malformed.getMessage())), false);
    }
    return read(records, instrument, mapping, defaultDay, organisations);
  }

  /** An {@code .xlsx} export's first sheet, read as its CSV would be ({@link ResponseSheet}). */
  public static Read readWorkbook(byte[] xlsx, Instrument instrument, Map<String, String> mapping, LocalDate defaultDay) {
    return readWorkbook(xlsx, instrument, mapping, defaultDay, Organisations.NONE);
  }

  public static Read readWorkbook(byte[] xlsx, Instrument instrument, Map<String, String> mapping, LocalDate defaultDay, Organisations organisations) {
    try {
      return read(ResponseSheet.rows(xlsx), instrument, mapping, defaultDay, organisations);
    } catch (ResponseSheet.Unreadable e) {
      return new Read(List.of(), 0, List.of(), List.of(new Problem(0, null, e.getMessage())), false);
    }
  }

  /** The header (the first record) and a record per response. */
  static Read read(List<List<String>> records, Instrument instrument, Map<String, String> mapping, LocalDate defaultDay, Organisations organisations) {
    List<Problem> problems = new ArrayList<>();
    List<Row> responses = new ArrayList<>();
    if (records.isEmpty()) {
      return new Read(List.of(), 0, List.of(), List.of(new Problem(0, null, "The file is empty: it needs a header and a row per response")), false);
    }
    ImportColumns columns = ImportColumns.of(records.get(0), instrument, mapping);
    boolean named = columns.columnOf(ImportColumns.ORGANISATION).isPresent();
    for (String fact : Codebook.FACTS) {
      // an organisation's type and country come from its profile when the file names it; the sector is optional
      boolean fromProfile = named && (fact.equals(TYPE) || fact.equals(COUNTRY));
      if (!fromProfile && !fact.equals(SECTOR) && columns.columnOf(fact).isEmpty()) {
        problems.add(new Problem(0, fact, "No column gives " + fact + ": map one to it, it is what results are broken down by"));
      }
    }
    long rows = 0;
    boolean more = false;
    for (List<String> record : records.subList(1, records.size())) {
      rows++;
      if (rows > MOST_ROWS) {
        problems.add(new Problem(rows, null, "A file imports at most " + MOST_ROWS + " responses"));
        break;
      }
      List<Problem> found = new ArrayList<>();
      Optional<Row> row = row(rows, record, columns, instrument, defaultDay, organisations, found);
      row.ifPresent(responses::add);
      for (Problem problem : found) {
        if (problems.size() < MOST_PROBLEMS) {
          problems.add(problem);
        } else {
          more = true;
        }
      }
    }
    if (rows == 0) {
      problems.add(new Problem(0, null, "The file has a header but no response"));
    }
    return new Read(report(columns), rows, problems.isEmpty() ? responses : List.of(), problems, more);
  }

  private static Optional<Row> row(
      long number, List<String> record, ImportColumns columns, Instrument instrument, LocalDate defaultDay, Organisations organisations, List<Problem> problems) {
    Map<String, String> facts = new LinkedHashMap<>();
    Optional<OrganisationFacts> organisation = Optional.empty();
    boolean unknown = false;
    Map<String, List<String>> answers = new LinkedHashMap<>();
    LocalDate day = defaultDay;
    for (Column column : columns.columns()) {
      String value = column.index() < record.size() ? record.get(column.index()).strip() : "";
      if (value.isEmpty() || column.target() instanceof Ignored) {
        continue;
      }
      if (column.target() instanceof ImportColumns.Organisation) {
        organisation = organisations.bySlug(value.toLowerCase(Locale.ROOT));
        unknown = organisation.isEmpty();
        if (unknown) {
          problems.add(new Problem(number, column.header(), "no active organisation of MissionHub has the slug " + value + "; leave it empty for a respondent outside MissionHub"));
        }
      } else if (column.target() instanceof Fact fact) {
        facts.put(fact.name(), value);
      } else if (column.target() instanceof Day) {
        try {
          day = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
          problems.add(new Problem(number, column.header(), "must be a date such as 2024-03-01 (or a time starting with one)"));
        }
      } else if (column.target() instanceof OptionFlag flag) {
        String yes = value.toLowerCase(Locale.ROOT);
        if (YES.contains(yes)) {
          addOnce(answers, flag.question().code(), List.of(flag.option()));
        } else if (!NO.contains(yes)) {
          problems.add(new Problem(number, column.header(), "must be 1 (chosen) or 0 (not chosen)"));
        }
      } else if (column.target() instanceof Answer answer) {
        addOnce(answers, answer.key(), values(answer, value));
      }
    }
    organisation.ifPresent(o -> {
      facts.putIfAbsent(TYPE, o.type().name());
      facts.putIfAbsent(COUNTRY, o.country());
      o.sectorGiven().ifPresent(sector -> facts.putIfAbsent(SECTOR, sector.name()));
    });
    // an organisation not found is the row's one problem, not also the type and country it was to give
    ResponseFacts checkedFacts = facts(number, facts, columns, problems, unknown);
    CheckedResponse checked = new ResponseCheck(instrument, Locale.ENGLISH).check(answers);
    for (AnswerProblem problem : checked.problems()) {
      if (!problem.missing()) {
        String column = columns.columnOf(problem.key()).map(Column::header).orElse(problem.key());
        problems.add(new Problem(number, column, problem.message()));
      }
    }
    if (checkedFacts == null || !problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Row(number, checkedFacts, checked.answers(), day, organisation.map(o -> o.id().toString())));
  }

  /**
   * Adds answers not given yet: KoboToolbox writes a multiple choice twice, as the options in one column and
   * as a 0/1 column per option.
   */
  private static void addOnce(Map<String, List<String>> answers, String key, List<String> values) {
    List<String> kept = answers.computeIfAbsent(key, k -> new ArrayList<>());
    values.stream().filter(v -> !kept.contains(v)).forEach(kept::add);
  }

  /** A cell's answers: a choice by code or label, a multiple choice's options separated by spaces (KoboToolbox). */
  private static List<String> values(Answer answer, String value) {
    Question question = answer.question();
    boolean choice = question.type().hasOptions() && !answer.key().equals(question.otherKey());
    if (!choice) {
      return List.of(question.type() == QuestionType.COUNTRY ? value.toUpperCase(Locale.ROOT) : value);
    }
    Optional<String> whole = code(question, value);
    if (whole.isPresent() || question.type() != QuestionType.MULTIPLE_CHOICE) {
      return List.of(whole.orElse(value));
    }
    return Arrays.stream(value.split("\\s+")).map(v -> code(question, v).orElse(v)).toList();
  }

  /** The option a value names, by its code or by its label in any language, whatever the case. */
  private static Optional<String> code(Question question, String value) {
    List<Option> options = new ArrayList<>(question.options());
    if (question.otherSpecify()) {
      options.add(new Option(Question.OTHER, org.missionhub.api.plugin.LocalizedText.of("en", "Other")));
    }
    return options.stream()
        .filter(o -> o.code().equalsIgnoreCase(value) || o.label().all().values().stream().anyMatch(l -> l.strip().equalsIgnoreCase(value)))
        .map(Option::code)
        .findFirst();
  }

  private static ResponseFacts facts(long number, Map<String, String> given, ImportColumns columns, List<Problem> problems, boolean organisationNotFound) {
    List<Problem> profile = organisationNotFound ? new ArrayList<>() : problems;
    String type = fact(number, given, columns, TYPE, v -> enumName(OrganisationType.class, v), "an organisation type such as NGO or NATIONAL_GOVERNMENT", profile);
    String country = fact(number, given, columns, COUNTRY, v -> Set.of(Locale.getISOCountries()).contains(v.toUpperCase(Locale.ROOT)) ? v.toUpperCase(Locale.ROOT) : null,
        "an ISO 3166 country code such as DK", profile);
    String phase = fact(number, given, columns, "fact_phase", v -> enumName(MissionPhase.class, v), "a mission phase such as IN_PROGRESS", problems);
    String governance = fact(number, given, columns, "fact_governance_mode", v -> enumName(GovernanceMode.class, v), "a governance mode such as TOP_DOWN", problems);
    String challenge = fact(number, given, columns, "fact_challenge_area", v -> enumName(ChallengeArea.class, v), "a challenge area such as HEALTH_WELLBEING", problems);
    if (type == null || country == null || phase == null || governance == null || challenge == null) {
      return null;
    }
    String sector = given.get(SECTOR) == null ? ResponseFacts.NO_SECTOR
        : fact(number, given, columns, SECTOR, v -> ResponseFacts.NO_SECTOR.equalsIgnoreCase(v.strip()) ? ResponseFacts.NO_SECTOR : enumName(Sector.class, v),
            "a NACE section or COFOG division such as NACE_C or COFOG_07 (NONE: not given)", problems);
    return sector == null ? null : new ResponseFacts(type, country, phase, governance, challenge, sector);
  }

  private static String fact(
      long number, Map<String, String> given, ImportColumns columns, String name, java.util.function.Function<String, String> parse, String expected, List<Problem> problems) {
    Optional<Column> column = columns.columnOf(name);
    String value = given.get(name);
    String where = column.map(Column::header).orElse(name);
    if (value == null) {
      if (column.isPresent() || columns.columnOf(ImportColumns.ORGANISATION).isPresent()) {
        problems.add(new Problem(number, column.isPresent() ? where : ImportColumns.ORGANISATION,
            "is empty: each response needs " + expected + (column.isPresent() ? "" : ", or the organisation that answered")));
      }
      return null; // without a column, reported once for the file
    }
    String parsed = parse.apply(value);
    if (parsed == null) {
      problems.add(new Problem(number, where, "must be " + expected));
    }
    return parsed;
  }

  private static <E extends Enum<E>> String enumName(Class<E> type, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name::equals).findFirst().orElse(null);
  }

  private static List<ColumnReport> report(ImportColumns columns) {
    return columns.columns().stream().map(c -> {
      if (c.target() instanceof Answer a) {
        return new ColumnReport(c.header(), "answer", a.key(), null);
      } else if (c.target() instanceof OptionFlag f) {
        return new ColumnReport(c.header(), "option", f.question().code() + "__" + f.option(), null);
      } else if (c.target() instanceof Fact f) {
        return new ColumnReport(c.header(), "fact", f.name(), null);
      } else if (c.target() instanceof ImportColumns.Organisation) {
        return new ColumnReport(c.header(), "organisation", ImportColumns.ORGANISATION, null);
      } else if (c.target() instanceof Day) {
        return new ColumnReport(c.header(), "submitted_on", Codebook.SUBMITTED_ON, null);
      }
      return new ColumnReport(c.header(), "ignored", null, ((Ignored) c.target()).why());
    }).toList();
  }

  /** Comma, semicolon or tab: whichever the header line holds most of outside quotes. */
  static char delimiter(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
  }
}

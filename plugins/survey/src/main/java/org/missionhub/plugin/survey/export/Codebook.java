package org.missionhub.plugin.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;

/**
 * The columns of a campaign's response export and what each holds, derived from the instrument alone, so
 * that two exports of the same instrument version have the same columns. In order:
 *
 * <ul>
 *   <li>{@code response}: the response's number in the export, 1..N in the order of submission. It is not
 *       the database id, so a row cannot be joined back to a response, a person or a mission;
 *   <li>{@code submitted_on}: the day the response was submitted (ISO 8601);
 *   <li>the breakdown facts as they were at submission: {@code fact_organisation_type},
 *       {@code fact_country} (ISO 3166), {@code fact_phase}, {@code fact_governance_mode},
 *       {@code fact_challenge_area}, {@code fact_sector} (NACE section or COFOG division, {@code NONE}), holding the platform's codes ({@code NGO}, {@code DK},
 *       {@code IN_PROGRESS}, ...). They are prefixed because instruments ask their own questions
 *       named {@code country}, {@code phase} or {@code organisation_type} (the built-in template does),
 *       and the respondent's answer is not the organisation's registered fact;
 *   <li>then, question by question in the instrument's order:
 *       <ul>
 *         <li>single choice, Likert scale: {@code <code>} holding the chosen option's code
 *             ({@code other} for "other, specify"), and {@code <code>_other} with the text given with
 *             "other" when the question offers it;
 *         <li>multiple choice: one column {@code <code>__<option>} per option holding 1 (chosen) or 0
 *             (not chosen), with {@code <code>__other} and the text column {@code <code>_other} when it
 *             offers "other, specify";
 *         <li>matrix: one column {@code <code>.<item>} per item holding the scale option's code;
 *         <li>country (ISO 3166 code), number, date (ISO 8601), short and long text: {@code <code>};
 *         <li>a note has no column.
 *       </ul>
 * </ul>
 *
 * An empty cell means no answer: the question was not shown to the respondent or was left blank; a
 * multiple choice then has empty cells rather than zeros, so "not asked" is never counted as "not chosen".
 *
 * <p>Each column's entry names its question, the question's type and label in English, French and Danish
 * (an untranslated text falls back to English), and for coded columns the codes with their labels: the
 * values a single choice, scale or matrix item column may hold, or, for a multiple choice's 0/1 column,
 * the one option the column stands for. A matrix item's label is the question's followed by the item's.
 * {@link #writeCsv} writes it one row per column and code.
 */
public final class Codebook {

  public static final String RESPONSE = "response";
  public static final String SUBMITTED_ON = "submitted_on";
  public static final List<String> FACTS =
      List.of("fact_organisation_type", "fact_country", "fact_phase", "fact_governance_mode", "fact_challenge_area", "fact_sector");

  static final List<String> CSV_HEADER =
      List.of("column", "question", "type", "label_en", "label_fr", "label_da", "option", "option_label_en", "option_label_fr", "option_label_da", "note");
  /** On every free-text column: how the export keeps spreadsheets from running answers as formulas ({@link CsvWriter}). */
  static final String FORMULA_NOTE =
      "Text starting with =, +, -, @, a tab or a CR is written with a leading apostrophe (') so that spreadsheets show it"
          + " as text, not as a formula; remove that first character to get the answer as given. Numbers are written as they are.";
  private static final Labels OTHER = new Labels("Other", "Autre", "Andet");
  private static final Labels OTHER_TEXT = new Labels("Other, specify", "Autre, précisez", "Andet, angiv");

  /** A text in the three languages of MissionHub. */
  public record Labels(String en, String fr, String da) {

    static Labels of(LocalizedText text) {
      return new Labels(text.in(Locale.ENGLISH), text.in(Locale.FRENCH), text.in(Locale.forLanguageTag("da")));
    }

    Labels followedBy(Labels detail) {
      return new Labels(en + " — " + detail.en, fr + " — " + detail.fr, da + " — " + detail.da);
    }
  }

  /** A code a column holds (or, for a 0/1 column, the option it stands for), with its label. */
  public record Code(String code, Labels label) {}

  /**
   * One exported column.
   *
   * @param question the question's code; null for the leading columns
   * @param type the question's type ({@code SINGLE_CHOICE}, ...); {@code SEQUENCE}, {@code DATE} or
   *     {@code FACT} for the leading columns
   */
  public record Column(String name, String question, String type, Labels label, List<Code> options) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(label, "label");
      options = List.copyOf(options);
    }
  }

  private final List<Column> columns = new ArrayList<>();
  /** How each answer column (every column after the leading ones) reads a response's answers. */
  private final List<Function<Map<String, List<String>>, String>> cells = new ArrayList<>();
  private final List<String> answerKeys = new ArrayList<>();

  private Codebook() {}

  /**
   * The codebook of an instrument.
   *
   * @throws IllegalArgumentException if two columns would have the same name (an instrument with, say,
   *     a question {@code risks__silos} next to a multiple choice {@code risks} offering {@code silos})
   */
  public static Codebook of(Instrument instrument) {
    Codebook book = new Codebook();
    book.leading();
    for (Question question : instrument.questions()) {
      book.add(question);
    }
    book.requireUniqueNames();
    return book;
  }

  public List<Column> columns() {
    return List.copyOf(columns);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The codebook as CSV (UTF-8, CRLF): one row per column, or per code of a coded column. */
  public void writeCsv(OutputStream out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.fields(CSV_HEADER).endRow();
    for (Column column : columns) {
      List<Code> codes = column.options().isEmpty() ? java.util.Collections.singletonList(null) : column.options();
      for (Code code : codes) {
        csv.field(column.name()).field(column.question()).field(column.type());
        csv.field(column.label().en()).field(column.label().fr()).field(column.label().da());
        csv.field(code == null ? null : code.code());
        csv.field(code == null ? null : code.label().en()).field(code == null ? null : code.label().fr()).field(code == null ? null : code.label().da());
        csv.field(isFreeText(column) ? FORMULA_NOTE : null);
        csv.endRow();
      }
    }
    csv.flush();
  }

  private static boolean isFreeText(Column column) {
    return column.type().startsWith("TEXT_") || column.name().equals(column.question() + "_other");
  }

  /** The cells of the answer columns, in order, for one response's answers (null: empty). */
  List<String> answerCells(Map<String, List<String>> answers) {
    List<String> values = new ArrayList<>(cells.size());
    for (Function<Map<String, List<String>>, String> cell : cells) {
      values.add(cell.apply(answers));
    }
    return values;
  }

  /** The keys answers are stored under, in the instrument's order ({@code <code>}, {@code <code>.<item>}, {@code <code>_other}). */
  List<String> answerKeys() {
    return List.copyOf(answerKeys);
  }

  private void leading() {
    columns.add(new Column(RESPONSE, null, "SEQUENCE",
        new Labels("Number of the response in this export (1..N), not an identifier", "Numéro de la réponse dans cet export (1..N), pas un identifiant",
            "Svarets nummer i dette udtræk (1..N), ikke et id"),
        List.of()));
    columns.add(new Column(SUBMITTED_ON, null, "DATE", new Labels("Day of submission", "Jour de l’envoi", "Dag for indsendelse"), List.of()));
    List<Labels> facts = List.of(
        new Labels("Type of the answering organisation, when submitted", "Type de l’organisation répondante, lors de l’envoi", "Den svarende organisations type ved indsendelsen"),
        new Labels("Country of the answering organisation (ISO 3166), when submitted", "Pays de l’organisation répondante (ISO 3166), lors de l’envoi",
            "Den svarende organisations land (ISO 3166) ved indsendelsen"),
        new Labels("Phase of the mission, when submitted", "Phase de la mission, lors de l’envoi", "Missionens fase ved indsendelsen"),
        new Labels("Governance mode of the mission, when submitted", "Mode de gouvernance de la mission, lors de l’envoi", "Missionens styringsform ved indsendelsen"),
        new Labels("Challenge area of the mission, when submitted", "Domaine de défi de la mission, lors de l’envoi", "Missionens udfordringsområde ved indsendelsen"),
        new Labels("Sector of the answering organisation (NACE_C, COFOG_07; NONE when not given), when submitted",
            "Secteur de l’organisation répondante (NACE_C, COFOG_07 ; NONE s’il n’est pas indiqué), lors de l’envoi",
            "Den svarende organisations sektor (NACE_C, COFOG_07; NONE hvis ikke angivet) ved indsendelsen"));
    for (int i = 0; i < FACTS.size(); i++) {
      columns.add(new Column(FACTS.get(i), null, "FACT", facts.get(i), List.of()));
    }
  }

  private void add(Question q) {
    Labels label = Labels.of(q.label());
    String type = q.type().name();
    switch (q.type()) {
      case SINGLE_CHOICE, LIKERT -> {
        List<Code> codes = new ArrayList<>(codes(q.options()));
        if (q.otherSpecify()) {
          codes.add(new Code(Question.OTHER, OTHER));
        }
        answer(new Column(q.code(), q.code(), type, label, codes), q.code(), value(q.code()));
        otherText(q, label);
      }
      case MULTIPLE_CHOICE -> {
        answerKeys.add(q.code());
        for (Option option : q.options()) {
          answer(new Column(q.code() + "__" + option.code(), q.code(), type, label, codes(List.of(option))), null, flag(q.code(), option.code()));
        }
        if (q.otherSpecify()) {
          answer(new Column(q.code() + "__" + Question.OTHER, q.code(), type, label, List.of(new Code(Question.OTHER, OTHER))), null, flag(q.code(), Question.OTHER));
        }
        otherText(q, label);
      }
      case MATRIX -> {
        for (Option item : q.items()) {
          String key = q.itemKey(item);
          answer(new Column(key, q.code(), type, label.followedBy(Labels.of(item.label())), codes(q.options())), key, value(key));
        }
      }
      case COUNTRY, NUMBER, DATE, TEXT_SHORT, TEXT_LONG, CALCULATED -> answer(new Column(q.code(), q.code(), type, label, List.of()), q.code(), value(q.code()));
      case NOTE -> {
        // shown to respondents, never answered: no column
      }
    }
  }

  private void otherText(Question q, Labels label) {
    if (q.otherSpecify()) {
      answer(new Column(q.otherKey(), q.code(), q.type().name(), label.followedBy(OTHER_TEXT), List.of()), q.otherKey(), value(q.otherKey()));
    }
  }

  private void answer(Column column, String key, Function<Map<String, List<String>>, String> cell) {
    columns.add(column);
    cells.add(cell);
    if (key != null) {
      answerKeys.add(key);
    }
  }

  private static List<Code> codes(List<Option> options) {
    return options.stream().map(o -> new Code(o.code(), Labels.of(o.label()))).toList();
  }

  /** The answer as it is; several values (which checked answers never have here) joined by ";" rather than lost. */
  private static Function<Map<String, List<String>>, String> value(String key) {
    return answers -> {
      List<String> values = answers.get(key);
      if (values == null || values.isEmpty()) {
        return null;
      }
      return values.size() == 1 ? values.get(0) : String.join(";", values);
    };
  }

  /** 1 or 0 whether the option was chosen; empty when the question has no answer at all. */
  private static Function<Map<String, List<String>>, String> flag(String key, String option) {
    return answers -> {
      List<String> values = answers.get(key);
      if (values == null || values.isEmpty()) {
        return null;
      }
      return values.contains(option) ? "1" : "0";
    };
  }

  private void requireUniqueNames() {
    Set<String> seen = new HashSet<>();
    for (Column column : columns) {
      if (!seen.add(column.name())) {
        throw new IllegalArgumentException("Two columns of the export would be named " + column.name() + "; rename the question that clashes");
      }
    }
  }
}

package org.missionhub.plugin.survey.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * Writes an instrument as an XLSForm that ODK and KoboToolbox open, and that {@link XlsFormReader} reads
 * back. XLSForm has no matrix and no country question: a matrix becomes one Likert question per item
 * ({@code <code>_<item>}), a country a choice among the ISO 3166 codes, and number limits a constraint.
 */
public final class XlsFormWriter {

  private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "Français", "da", "Dansk");

  private final Instrument instrument;
  private final List<String> languages;
  private final List<String[]> survey = new ArrayList<>();
  private final List<String[]> choices = new ArrayList<>();

  private XlsFormWriter(Instrument instrument) {
    this.instrument = instrument;
    this.languages = languages(instrument);
  }

  public static byte[] write(Instrument instrument) {
    return new XlsFormWriter(instrument).workbook();
  }

  private byte[] workbook() {
    for (Section section : instrument.sections()) {
      survey.add(surveyRow("begin_group", section.code(), section.title(), null, false, section.relevance().map(Expression::source).orElse(null), null, null, null));
      section.questions().forEach(this::question);
      survey.add(surveyRow("end_group", section.code(), null, null, false, null, null, null, null));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheet(workbook, "survey", surveyHeader(), survey);
      sheet(workbook, "choices", choicesHeader(), choices);
      List<String> settingsHeader = new ArrayList<>();
      List<String> settingsRow = new ArrayList<>();
      for (String language : languages) {
        settingsHeader.add("form_title::" + column(language));
        settingsRow.add(instrument.title().all().get(language));
      }
      // not a column ODK reads, but kept by it and by KoboToolbox: the description survives a round trip
      for (String language : languages) {
        settingsHeader.add("description::" + column(language));
        settingsRow.add(instrument.description().all().get(language));
      }
      settingsHeader.addAll(List.of("form_id", "default_language"));
      settingsRow.addAll(List.of(instrument.code(), column("en")));
      sheet(workbook, "settings", settingsHeader.toArray(String[]::new), List.<String[]>of(settingsRow.toArray(String[]::new)));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void question(Question q) {
    String relevant = q.relevance().map(Expression::source).orElse(null);
    String constraint = q.constraint().map(Expression::source).orElse(null);
    LocalizedText message = q.constraintMessage().orElse(null);
    LocalizedText help = q.help().orElse(null);
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        list(q.code(), q.options());
        String type = (q.type() == org.missionhub.plugin.survey.instrument.QuestionType.SINGLE_CHOICE ? "select_one " : "select_multiple ") + q.code() + (q.otherSpecify() ? " or_other" : "");
        survey.add(surveyRow(type, q.code(), q.label(), help, q.required(), relevant, constraint, message, null));
      }
      case LIKERT -> {
        list(q.code(), q.options());
        survey.add(surveyRow("select_one " + q.code(), q.code(), q.label(), help, q.required(), relevant, constraint, message, "likert"));
      }
      case MATRIX -> {
        list(q.code(), q.options());
        for (Option item : q.items()) {
          LocalizedText label = joined(q.label(), item.label());
          survey.add(surveyRow("select_one " + q.code(), q.code() + "_" + item.code(), label, help, q.required(), relevant, null, null, "likert"));
        }
      }
      case NUMBER -> survey.add(surveyRow("decimal", q.code(), q.label(), help, q.required(), relevant, limits(q, constraint), message, null));
      case TEXT_SHORT -> survey.add(surveyRow("text", q.code(), q.label(), help, q.required(), relevant, constraint, message, null));
      case TEXT_LONG -> survey.add(surveyRow("text", q.code(), q.label(), help, q.required(), relevant, constraint, message, "multiline"));
      case COUNTRY -> {
        list("country", countries());
        survey.add(surveyRow("select_one country", q.code(), q.label(), help, q.required(), relevant, constraint, message, "minimal"));
      }
      case DATE -> survey.add(surveyRow("date", q.code(), q.label(), help, q.required(), relevant, constraint, message, null));
      case NOTE -> survey.add(surveyRow("note", q.code(), q.label(), help, false, relevant, null, null, null));
      case CALCULATED -> {
        String[] row = surveyRow("calculate", q.code(), q.label(), help, false, relevant, null, null, null);
        row[row.length - 1] = q.calculation().orElseThrow().source();
        survey.add(row);
      }
    }
  }

  private static String limits(Question q, String constraint) {
    List<String> parts = new ArrayList<>();
    if (constraint != null) {
      parts.add("(" + constraint + ")");
    }
    q.min().ifPresent(min -> parts.add(". >= " + plain(min)));
    q.max().ifPresent(max -> parts.add(". <= " + plain(max)));
    return parts.isEmpty() ? null : String.join(" and ", parts);
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
  }

  private final Set<String> listsWritten = new LinkedHashSet<>();

  private void list(String name, List<Option> options) {
    if (!listsWritten.add(name)) {
      return;
    }
    for (Option option : options) {
      String[] row = new String[2 + languages.size()];
      row[0] = name;
      row[1] = option.code();
      for (int i = 0; i < languages.size(); i++) {
        row[2 + i] = option.label().all().get(languages.get(i));
      }
      choices.add(row);
    }
  }

  private List<Option> countries() {
    List<Option> countries = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      countries.add(Option.of(code.toLowerCase(Locale.ROOT), LocalizedText.of("en", country.getDisplayCountry(Locale.ENGLISH), "fr", country.getDisplayCountry(Locale.FRENCH), "da", country.getDisplayCountry(Locale.forLanguageTag("da")))));
    }
    return countries;
  }

  private String[] surveyHeader() {
    List<String> header = new ArrayList<>(List.of("type", "name"));
    languages.forEach(l -> header.add("label::" + column(l)));
    languages.forEach(l -> header.add("hint::" + column(l)));
    header.addAll(List.of("required", "relevant", "constraint"));
    languages.forEach(l -> header.add("constraint_message::" + column(l)));
    header.addAll(List.of("appearance", "calculation"));
    return header.toArray(String[]::new);
  }

  private String[] choicesHeader() {
    List<String> header = new ArrayList<>(List.of("list_name", "name"));
    languages.forEach(l -> header.add("label::" + column(l)));
    return header.toArray(String[]::new);
  }

  private String[] surveyRow(
      String type, String name, LocalizedText label, LocalizedText hint, boolean required, String relevant, String constraint, LocalizedText message, String appearance) {
    List<String> row = new ArrayList<>(List.of(type, name));
    languages.forEach(l -> row.add(label == null ? null : label.all().get(l)));
    languages.forEach(l -> row.add(hint == null ? null : hint.all().get(l)));
    row.add(required ? "yes" : null);
    row.add(relevant);
    row.add(constraint);
    languages.forEach(l -> row.add(message == null ? null : message.all().get(l)));
    row.add(appearance);
    row.add(null);
    return row.toArray(String[]::new);
  }

  private static LocalizedText joined(LocalizedText question, LocalizedText item) {
    List<String> pairs = new ArrayList<>();
    question.all().forEach((language, text) -> {
      pairs.add(language);
      pairs.add(text + ": " + item.all().getOrDefault(language, item.all().get("en")));
    });
    return LocalizedText.of(pairs.toArray(String[]::new));
  }

  private static void sheet(XSSFWorkbook workbook, String name, String[] header, List<String[]> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    write(sheet.createRow(0), header);
    for (int r = 0; r < rows.size(); r++) {
      write(sheet.createRow(r + 1), rows.get(r));
    }
  }

  private static void write(Row row, String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }

  private static String column(String language) {
    return LANGUAGE_NAMES.getOrDefault(language, language) + " (" + language + ")";
  }

  /** English first, then every other language the instrument's title uses (its texts follow it). */
  /** Every language any text of the form is in (a column each), English first. */
  private static List<String> languages(Instrument instrument) {
    Set<String> languages = new LinkedHashSet<>();
    languages.add("en");
    languages.addAll(instrument.title().all().keySet());
    languages.addAll(instrument.description().all().keySet());
    for (Section section : instrument.sections()) {
      languages.addAll(section.title().all().keySet());
      for (Question q : section.questions()) {
        languages.addAll(q.label().all().keySet());
        q.help().ifPresent(h -> languages.addAll(h.all().keySet()));
        q.constraintMessage().ifPresent(m -> languages.addAll(m.all().keySet()));
        q.options().forEach(o -> languages.addAll(o.label().all().keySet()));
        q.items().forEach(i -> languages.addAll(i.label().all().keySet()));
      }
    }
    return List.copyOf(languages);
  }
}

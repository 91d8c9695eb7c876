package org.missionhub.plugin.survey.xlsform;

import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.expression.ExpressionException;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * Reads an XLSForm ({@code survey}, {@code choices} and {@code settings} sheets) into an instrument as ODK and
 * KoboToolbox users write them, or reports every problem found, row by row: nothing is imported unless everything
 * is. Supported: select_one and select_multiple (also written {@code select one} and {@code select all that apply};
 * with {@code or_other}; appearance {@code likert} for a scale), integer, decimal, range, text (appearance
 * {@code multiline} for long text), date, note, groups (nested ones flattened into the outer one, their conditions
 * kept on each question); label, hint and constraint_message in any language, the plain columns in
 * {@code settings.default_language}; required, relevant and constraint in the expression subset of
 * {@link Expression}. Names are made into codes ({@link Names}). What MissionHub surveys do not collect
 * (locations, media, calculations, metadata) is left out with a note, as are conditions it cannot evaluate; what
 * would change the form's meaning (repeats, choices from a file) is refused saying what to change.
 */
public final class XlsFormReader {

  private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit",
      "start-geopoint", "instanceid", "instancename", "uuid", "hidden", "xml-external", "csv-external", "background-audio", "background-geopoint");
  private static final Set<String> NOT_COLLECTED = Set.of("geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "signature", "osm",
      "photo", "rank", "acknowledge", "time", "datetime");

  static {
    // POI's zip-bomb guards, stated rather than left to defaults (JVM-wide; only this plugin uses POI): no
    // part of the workbook may unpack to more than 100 times its compressed size or to more than 16 MB.
    // With the platform's 1 MiB request limit, an upload can never unpack to more than that.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
  }

  /** What an import made of the form: the instrument, and what it left out or renamed (the notes). */
  public record Imported(Instrument instrument, List<XlsFormProblem> notes) {}

  private final Findings findings = new Findings();
  private final Names names = new Names();
  private final Conditions conditions = new Conditions(names, findings);
  private Languages languages;

  private XlsFormReader() {}

  /** The instrument of the workbook; {@code code} wins over the settings' form_id when given. */
  public static Instrument read(InputStream xlsx, String code) {
    return imported(xlsx, code).instrument();
  }

  /** The instrument of the workbook and the import's notes. */
  public static Imported imported(InputStream xlsx, String code) {
    XlsFormReader reader = new XlsFormReader();
    Instrument instrument = reader.readWorkbook(xlsx, code);
    return new Imported(instrument, reader.findings.notes());
  }

  private Instrument readWorkbook(InputStream xlsx, String code) {
    Sheet survey;
    Sheet choicesSheet;
    Sheet settings;
    try (Workbook workbook = WorkbookFactory.create(xlsx)) {
      survey = Sheet.read(workbook, "survey");
      choicesSheet = Sheet.read(workbook, "choices");
      settings = Sheet.read(workbook, "settings");
    } catch (XlsFormException tooLarge) {
      throw tooLarge;
    } catch (IOException | RuntimeException e) {
      rethrowRefusedUpload(e);
      if (isZipBomb(e)) {
        throw new XlsFormException(List.of(new XlsFormProblem("file", 0, null,
            "unpacks to far more than its size (over 100 times, or over 16 MB for one part): it is refused as a possible zip bomb")));
      }
      throw new XlsFormException(List.of(new XlsFormProblem("file", 0, null, "is not an .xlsx workbook (" + e.getClass().getSimpleName() + ")")));
    }
    if (survey.columns().isEmpty()) {
      throw new XlsFormException(List.of(new XlsFormProblem("survey", 0, null, "the workbook has no sheet named survey")));
    }
    Sheet.SheetRow setting = settings.rows().isEmpty() ? new Sheet.SheetRow(2, Map.of()) : settings.rows().get(0);
    languages = new Languages(Languages.code(setting.get("default_language")).orElse("en"));
    checkLanguageColumns(survey);
    checkLanguageColumns(choicesSheet);
    Map<String, List<Option>> choices = ChoiceLists.read(choicesSheet, languages, names, findings);
    String formId = setting.get("form_id").isBlank() ? "" : Names.code(setting.get("form_id"), true);
    String instrumentCode = code != null && !code.isBlank() ? code : formId;
    if (instrumentCode.isBlank()) {
      findings.problem("settings", 2, "form_id", "is required when no code is given: the instrument's code, such as needs_assessment_2026");
    }
    LocalizedText title = Optional.ofNullable(languages.localized(languages.texts(setting, "form_title")))
        .orElse(LocalizedText.of("en", instrumentCode.isBlank() ? "Imported survey" : instrumentCode));
    survey.rows().forEach(row -> {
      if (!row.get("name").isBlank()) {
        names.question(row.get("name"));
      }
    });
    List<Section> sections = sections(survey, choices, title);
    if (findings.hasProblems()) {
      throw new XlsFormException(findings.problems());
    }
    names.renamedQuestions().forEach((name, renamed) -> findings.note("survey", 0, "name", "the name " + name + " is the code " + renamed));
    names.renamedChoices().forEach((name, renamed) -> findings.note("choices", 0, "name", "the name " + name + " is the code " + renamed));
    try {
      LocalizedText description = Optional.ofNullable(languages.localized(languages.texts(setting, "description")))
          .orElse(LocalizedText.of("en", "Imported from an XLSForm", "fr", "Importé d’un XLSForm", "da", "Importeret fra en XLSForm"));
      return new Instrument(instrumentCode, title, description, sections);
    } catch (InvalidInstrumentException e) {
      throw new XlsFormException(List.of(new XlsFormProblem("survey", 0, null, e.getMessage())));
    }
  }

  /** The platform refused the upload while POI read it (413: over the size limit): that answer stands. */
  private static void rethrowRefusedUpload(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException refused) {
        throw refused;
      }
    }
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
        return true;
      }
    }
    return false;
  }

  private void checkLanguageColumns(Sheet sheet) {
    for (String column : sheet.columns()) {
      int separator = column.indexOf("::");
      if (separator > 0 && Languages.code(column.substring(separator + 2)).isEmpty()) {
        findings.problem(sheet.name(), 1, column, "names no language after ::: write it as label::English (en)");
      }
    }
  }

  private List<Section> sections(Sheet survey, Map<String, List<Option>> choices, LocalizedText formTitle) {
    List<Section> sections = new ArrayList<>();
    List<Question> loose = new ArrayList<>();
    GroupInProgress group = null;
    Deque<Sheet.SheetRow> inner = new ArrayDeque<>();
    for (Sheet.SheetRow row : survey.rows()) {
      String[] type = type(row.get("type"));
      switch (type[0]) {
        case "begin_group" -> {
          if (group != null) {
            inner.push(row);
            findings.note("survey", row.number(), "type", "the group " + row.get("name") + " inside the group " + group.row.get("name")
                + " is part of it (groups do not nest here); its condition holds for each of its questions");
          } else {
            flushLoose(sections, loose, formTitle);
            group = new GroupInProgress(row, languages);
          }
        }
        case "end_group" -> {
          if (!inner.isEmpty()) {
            inner.pop();
          } else if (group == null) {
            findings.problem("survey", row.number(), "type", "end_group without begin_group");
          } else {
            group.close(this).ifPresent(sections::add);
            group = null;
          }
        }
        case "begin_repeat", "end_repeat" -> {
          if (type[0].equals("begin_repeat")) {
            findings.problem("survey", row.number(), "type",
                "repeat groups are not supported: ask for a fixed number of items as separate questions (or a group per item), or for a list in a long text");
          }
        }
        case "" -> {
          if (!row.cells().isEmpty()) {
            findings.problem("survey", row.number(), "type", "is required");
          }
        }
        default -> {
          if (type[0].startsWith("select_one_") || type[0].startsWith("select_multiple_")) {
            findings.problem("survey", row.number(), "type", type[0]
                + " reads its choices from a file, which an upload cannot carry: copy the file's choices into the choices sheet and use select_one or select_multiple with that list");
          } else if (METADATA.contains(type[0])) {
            continue;
          } else if (type[0].equals("calculate")) {
            List<Question> target = group == null ? loose : group.questions;
            calculated(row, inner).ifPresent(q -> {
              target.add(q);
              conditions.asked(q.code());
            });
          } else if (NOT_COLLECTED.contains(type[0])) {
            findings.note("survey", row.number(), "type", "the " + type[0] + " " + row.get("name") + " is left out: MissionHub surveys do not collect "
                + (type[0].equals("calculate") ? "calculated values" : type[0].equals("rank") || type[0].equals("acknowledge") ? "this kind of answer" : type[0].contains("time") ? "times of day" : "locations, media or codes"));
          } else {
            List<Question> target = group == null ? loose : group.questions;
            question(row, type, choices, inner).ifPresent(q -> {
              target.add(q);
              conditions.asked(q.code());
            });
          }
        }
      }
    }
    if (group != null) {
      findings.problem("survey", group.row.number(), "type", "begin_group without end_group");
    }
    flushLoose(sections, loose, formTitle);
    return sections;
  }

  /** The type's words, in the specification's spelling ("select one x" is "select_one x"). */
  private static String[] type(String written) {
    String t = written.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
        .replace("begin group", "begin_group").replace("end group", "end_group").replace("begin repeat", "begin_repeat").replace("end repeat", "end_repeat")
        .replace("select all that apply", "select_multiple").replace("select one", "select_one").replace("select multiple", "select_multiple");
    return t.isEmpty() ? new String[] {""} : t.split(" ");
  }

  private void flushLoose(List<Section> sections, List<Question> loose, LocalizedText title) {
    if (!loose.isEmpty()) {
      sections.add(new Section("section_" + (sections.size() + 1), title, Optional.empty(), List.copyOf(loose)));
      loose.clear();
    }
  }

  private Optional<Question> question(Sheet.SheetRow row, String[] type, Map<String, List<Option>> choices, Deque<Sheet.SheetRow> inner) {
    boolean orOther = type.length > 2 && type[2].equals("or_other");
    String appearance = row.get("appearance").toLowerCase(Locale.ROOT);
    LocalizedText label = languages.localized(languages.texts(row, "label"));
    if (row.get("name").isBlank()) {
      findings.problem("survey", row.number(), "name", "is required");
      return Optional.empty();
    }
    if (label == null) {
      findings.problem("survey", row.number(), "label", "is required: the question people read");
      return Optional.empty();
    }
    String name = names.question(row.get("name"));
    Question question;
    try {
      question =
          switch (type[0]) {
            case "select_one", "select_multiple" -> {
              if (type.length < 2 || !choices.containsKey(type[1])) {
                findings.problem("survey", row.number(), "type", "names the choice list " + (type.length < 2 ? "(none)" : type[1]) + ", which the choices sheet does not have");
                yield null;
              }
              List<Option> options = choices.get(type[1]);
              if (!row.get("choice_filter").isBlank()) {
                findings.note("survey", row.number(), "choice_filter", "is not applied: every choice of the list " + type[1] + " is offered");
              }
              Question select =
                  type[0].equals("select_multiple")
                      ? Question.multipleChoice(name, label, options)
                      : appearance.contains("likert") ? Question.likert(name, label, options) : Question.singleChoice(name, label, options);
              yield orOther ? select.withOtherSpecify() : select;
            }
            case "integer", "decimal", "range" -> Question.plain(name, QuestionType.NUMBER, label);
            case "text", "string" -> Question.plain(name, appearance.contains("multiline") ? QuestionType.TEXT_LONG : QuestionType.TEXT_SHORT, label);
            case "date" -> Question.plain(name, QuestionType.DATE, label);
            case "note" -> Question.plain(name, QuestionType.NOTE, label);
            default -> {
              findings.problem("survey", row.number(), "type", "the type " + type[0]
                  + " is not an XLSForm type MissionHub knows (it reads select_one, select_multiple, integer, decimal, range, text, date, note, begin_group, end_group)");
              yield null;
            }
          };
    } catch (InvalidInstrumentException e) {
      findings.problem("survey", row.number(), "name", e.getMessage());
      return Optional.empty();
    }
    if (question == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(details(question, row, inner));
  }

  /**
   * A calculate: kept as a calculated value when its calculation is in the subset MissionHub evaluates (arithmetic,
   * if, coalesce, concat, round, int, number and the condition functions) and reads only questions asked before it;
   * otherwise left out with a note saying why. A calculate needs no label: its name is shown then.
   */
  private Optional<Question> calculated(Sheet.SheetRow row, Deque<Sheet.SheetRow> inner) {
    if (row.get("name").isBlank()) {
      findings.problem("survey", row.number(), "name", "is required");
      return Optional.empty();
    }
    String name = names.question(row.get("name"));
    String written = row.get("calculation").strip();
    if (written.isEmpty()) {
      findings.note("survey", row.number(), "calculation", "the calculate " + row.get("name") + " is left out: it has no calculation");
      return Optional.empty();
    }
    Expression calculation;
    try {
      calculation = Expression.parse(names.expression(written));
    } catch (ExpressionException e) {
      findings.note("survey", row.number(), "calculation", "the calculate " + row.get("name") + " is left out: " + e.getMessage());
      return Optional.empty();
    }
    java.util.Set<String> missing = new java.util.TreeSet<>(calculation.references());
    missing.removeAll(conditions.askedSoFar());
    if (!missing.isEmpty()) {
      findings.note("survey", row.number(), "calculation", "the calculate " + row.get("name") + " is left out: it reads " + String.join(", ", missing)
          + ", which the survey does not ask (left out, or later in the form)");
      return Optional.empty();
    }
    LocalizedText label = Optional.ofNullable(languages.localized(languages.texts(row, "label"))).orElse(LocalizedText.of("en", row.get("name")));
    Question question = Question.calculated(name, label, calculation.source());
    LocalizedText hint = languages.localized(languages.texts(row, "hint"));
    if (hint != null) {
      question = question.withHelp(hint);
    }
    return Optional.of(relevance(row, inner).map(question::shownWhen).orElse(question));
  }

  /** The row's relevant joined with those of the inner groups around it, each as the form wrote it; empty when none applies. */
  private Optional<String> relevance(Sheet.SheetRow row, Deque<Sheet.SheetRow> inner) {
    List<String> shownWhen = new ArrayList<>();
    inner.forEach(g -> conditions.of(g, "relevant").ifPresent(shownWhen::add));
    conditions.of(row, "relevant").ifPresent(shownWhen::add);
    if (shownWhen.size() <= 1) {
      return shownWhen.stream().findFirst();
    }
    return Optional.of(shownWhen.stream().map(c -> "(" + c + ")").collect(java.util.stream.Collectors.joining(" and ")));
  }

  /** Help, required, relevant (with the enclosing inner groups') and constraint; null (with a problem) if one is wrong. */
  private Question details(Question question, Sheet.SheetRow row, Deque<Sheet.SheetRow> inner) {
    Question q = question;
    LocalizedText hint = languages.localized(languages.texts(row, "hint"));
    if (hint != null) {
      q = q.withHelp(hint);
    }
    if (isYes(row.get("required")) && q.type() != QuestionType.NOTE) {
      q = q.mandatory();
    }
    Optional<String> shownWhen = relevance(row, inner);
    try {
      if (shownWhen.isPresent()) {
        q = q.shownWhen(shownWhen.get());
      }
      Optional<String> constraint = conditions.of(row, "constraint");
      if (constraint.isPresent()) {
        LocalizedText message = Optional.ofNullable(languages.localized(languages.texts(row, "constraint_message"))).orElse(LocalizedText.of("en", "is not allowed"));
        q = q.checkedBy(constraint.get(), message);
      }
    } catch (ExpressionException e) {
      findings.problem("survey", row.number(), "relevant", e.getMessage());
      return null;
    }
    return q;
  }

  static boolean isYes(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("yes") || v.equals("true") || v.equals("true()") || v.equals("1");
  }

  /** A begin_group met, collecting its questions until end_group. */
  private static final class GroupInProgress {
    private final Sheet.SheetRow row;
    private final Languages languages;
    private final List<Question> questions = new ArrayList<>();

    GroupInProgress(Sheet.SheetRow row, Languages languages) {
      this.row = row;
      this.languages = languages;
    }

    Optional<Section> close(XlsFormReader reader) {
      String code = row.get("name").isBlank() ? "group_" + row.number() : reader.names.question(row.get("name"));
      LocalizedText title = Optional.ofNullable(languages.localized(languages.texts(row, "label"))).orElse(LocalizedText.of("en", row.get("name").isBlank() ? code : row.get("name")));
      if (questions.isEmpty()) {
        reader.findings.note("survey", row.number(), "type", "the group " + code + " asks nothing MissionHub keeps: left out");
        return Optional.empty();
      }
      try {
        Section section = new Section(code, title, Optional.empty(), questions);
        Optional<String> condition = reader.conditions.of(row, "relevant");
        return Optional.of(condition.isEmpty() ? section : section.shownWhen(condition.get()));
      } catch (InvalidInstrumentException | ExpressionException e) {
        reader.findings.problem("survey", row.number(), "name", e.getMessage());
        return Optional.empty();
      }
    }
  }
}

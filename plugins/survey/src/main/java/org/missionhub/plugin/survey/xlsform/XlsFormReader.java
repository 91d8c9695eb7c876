package org.missionhub.plugin.survey.xlsform;

import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Reads an XLSForm ({@code survey}, {@code choices} and {@code settings} sheets) into an instrument, or
 * reports every problem found, row by row: nothing is imported unless everything is. Supported: select_one
 * and select_multiple (with {@code or_other}; appearance {@code likert} for a scale), integer, decimal,
 * text (appearance {@code multiline} for long text), date, note, one level of begin_group/end_group;
 * label, hint and constraint_message in several languages; required, relevant and constraint in the
 * expression subset of {@link Expression}. Metadata fields (start, end, today, deviceid, ...) carry no
 * question and are skipped.
 */
public final class XlsFormReader {

  private static final Set<String> METADATA =
      Set.of("start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit", "start-geopoint");

  static {
    // POI's zip-bomb guards, stated rather than left to defaults (JVM-wide; only this plugin uses POI): no
    // part of the workbook may unpack to more than 100 times its compressed size or to more than 16 MB.
    // With the platform's 1 MiB request limit, an upload can never unpack to more than that.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
  }

  private final List<XlsFormProblem> problems = new ArrayList<>();

  private XlsFormReader() {}

  /** The instrument of the workbook; {@code code} wins over the settings' form_id when given. */
  public static Instrument read(InputStream xlsx, String code) {
    return new XlsFormReader().readWorkbook(xlsx, code);
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
    String defaultLanguage = Languages.code(setting.get("default_language")).orElse("en");
    Languages languages = new Languages(defaultLanguage);
    checkLanguageColumns(survey);
    checkLanguageColumns(choicesSheet);
    Map<String, List<Option>> choices = choices(choicesSheet, languages);
    String instrumentCode = code != null && !code.isBlank() ? code : setting.get("form_id");
    LocalizedText title = Optional.ofNullable(Languages.localized(languages.texts(setting, "form_title"))).orElse(LocalizedText.of("en", instrumentCode.isBlank() ? "Imported survey" : instrumentCode));
    List<Section> sections = sections(survey, languages, choices, title);
    if (!problems.isEmpty()) {
      throw new XlsFormException(problems);
    }
    try {
      return new Instrument(instrumentCode, title, LocalizedText.of("en", "Imported from an XLSForm", "fr", "Importé d’un XLSForm", "da", "Importeret fra en XLSForm"), sections);
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
        problems.add(new XlsFormProblem(sheet.name(), 1, column, "the language of this column cannot be told: write it as label::English (en)"));
      }
    }
  }

  private Map<String, List<Option>> choices(Sheet sheet, Languages languages) {
    Map<String, List<Option>> lists = new LinkedHashMap<>();
    for (Sheet.SheetRow row : sheet.rows()) {
      String list = row.get("list_name").isEmpty() ? row.get("list name") : row.get("list_name");
      LocalizedText label = Languages.localized(languages.texts(row, "label"));
      if (list.isEmpty()) {
        problems.add(new XlsFormProblem(sheet.name(), row.number(), "list_name", "is required"));
      } else if (label == null) {
        problems.add(new XlsFormProblem(sheet.name(), row.number(), "label", "needs an English label"));
      } else {
        try {
          lists.computeIfAbsent(list, l -> new ArrayList<>()).add(Option.of(row.get("name"), label));
        } catch (InvalidInstrumentException e) {
          problems.add(new XlsFormProblem(sheet.name(), row.number(), "name", e.getMessage()));
        }
      }
    }
    return lists;
  }

  private List<Section> sections(Sheet survey, Languages languages, Map<String, List<Option>> choices, LocalizedText formTitle) {
    List<Section> sections = new ArrayList<>();
    List<Question> loose = new ArrayList<>();
    GroupInProgress group = null;
    for (Sheet.SheetRow row : survey.rows()) {
      String[] type = row.get("type").toLowerCase(Locale.ROOT).replace("begin group", "begin_group").replace("end group", "end_group").split("\\s+");
      switch (type[0]) {
        case "begin_group" -> {
          if (group != null) {
            problems.add(new XlsFormProblem("survey", row.number(), "type", "groups inside groups are not supported"));
          } else {
            flushLoose(sections, loose, formTitle);
            group = new GroupInProgress(row, languages);
          }
        }
        case "end_group" -> {
          if (group == null) {
            problems.add(new XlsFormProblem("survey", row.number(), "type", "end_group without begin_group"));
          } else {
            group.close(this).ifPresent(sections::add);
            group = null;
          }
        }
        case "" -> problems.add(new XlsFormProblem("survey", row.number(), "type", "is required"));
        default -> {
          if (!METADATA.contains(type[0])) {
            List<Question> target = groupQuestions(group, loose);
            question(row, type, languages, choices).ifPresent(target::add);
          }
        }
      }
    }
    if (group != null) {
      problems.add(new XlsFormProblem("survey", group.row.number(), "type", "begin_group without end_group"));
    }
    flushLoose(sections, loose, formTitle);
    return sections;
  }

  private static List<Question> groupQuestions(GroupInProgress group, List<Question> loose) {
    return group == null ? loose : group.questions;
  }

  private void flushLoose(List<Section> sections, List<Question> loose, LocalizedText title) {
    if (!loose.isEmpty()) {
      sections.add(new Section("section_" + (sections.size() + 1), title, Optional.empty(), List.copyOf(loose)));
      loose.clear();
    }
  }

  private Optional<Question> question(Sheet.SheetRow row, String[] type, Languages languages, Map<String, List<Option>> choices) {
    boolean orOther = type.length > 2 && type[2].equals("or_other");
    String appearance = row.get("appearance").toLowerCase(Locale.ROOT);
    LocalizedText label = Languages.localized(languages.texts(row, "label"));
    if (label == null) {
      problems.add(new XlsFormProblem("survey", row.number(), "label", "needs an English label"));
      return Optional.empty();
    }
    String name = row.get("name");
    Question question;
    try {
      question =
          switch (type[0]) {
            case "select_one", "select_multiple" -> {
              if (type.length < 2 || !choices.containsKey(type[1])) {
                problems.add(new XlsFormProblem("survey", row.number(), "type", "names the choice list " + (type.length < 2 ? "(none)" : type[1]) + ", which the choices sheet does not have"));
                yield null;
              }
              List<Option> options = choices.get(type[1]);
              Question select =
                  type[0].equals("select_multiple")
                      ? Question.multipleChoice(name, label, options)
                      : appearance.contains("likert") ? Question.likert(name, label, options) : Question.singleChoice(name, label, options);
              yield orOther ? select.withOtherSpecify() : select;
            }
            case "integer", "decimal" -> Question.plain(name, QuestionType.NUMBER, label);
            case "text" -> Question.plain(name, appearance.contains("multiline") ? QuestionType.TEXT_LONG : QuestionType.TEXT_SHORT, label);
            case "date" -> Question.plain(name, QuestionType.DATE, label);
            case "note" -> Question.plain(name, QuestionType.NOTE, label);
            default -> {
              problems.add(new XlsFormProblem("survey", row.number(), "type", "the type " + type[0] + " is not supported (supported: select_one, select_multiple, integer, decimal, text, date, note, begin_group, end_group)"));
              yield null;
            }
          };
    } catch (InvalidInstrumentException e) {
      problems.add(new XlsFormProblem("survey", row.number(), "name", e.getMessage()));
      return Optional.empty();
    }
    if (question == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(details(question, row, languages));
  }

  /** Help, required, relevant and constraint; null (with a problem) if one of them is wrong. */
  private Question details(Question question, Sheet.SheetRow row, Languages languages) {
    Question q = question;
    LocalizedText hint = Languages.localized(languages.texts(row, "hint"));
    if (hint != null) {
      q = q.withHelp(hint);
    }
    if (isYes(row.get("required")) && q.type() != QuestionType.NOTE) {
      q = q.mandatory();
    }
    try {
      if (!row.get("relevant").isEmpty()) {
        q = q.shownWhen(row.get("relevant"));
      }
    } catch (ExpressionException e) {
      problems.add(new XlsFormProblem("survey", row.number(), "relevant", e.getMessage()));
      return null;
    }
    try {
      if (!row.get("constraint").isEmpty()) {
        LocalizedText message = Optional.ofNullable(Languages.localized(languages.texts(row, "constraint_message"))).orElse(LocalizedText.of("en", "is not allowed"));
        q = q.checkedBy(row.get("constraint"), message);
      }
    } catch (ExpressionException e) {
      problems.add(new XlsFormProblem("survey", row.number(), "constraint", e.getMessage()));
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
      LocalizedText title = Optional.ofNullable(Languages.localized(languages.texts(row, "label"))).orElse(LocalizedText.of("en", row.get("name")));
      try {
        Section section = new Section(row.get("name"), title, Optional.empty(), questions);
        return Optional.of(row.get("relevant").isEmpty() ? section : section.shownWhen(row.get("relevant")));
      } catch (InvalidInstrumentException | ExpressionException e) {
        reader.problems.add(new XlsFormProblem("survey", row.number(), "name", e.getMessage()));
        return Optional.empty();
      }
    }
  }
}

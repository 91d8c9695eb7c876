package org.missionhub.plugin.survey.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.plugin.survey.xlsform.Workbooks.row;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.response.ResponseCheck;

/** XLSForms as ODK and KoboToolbox write them: imported whole, or refused with every problem located. */
class XlsFormReaderTest {

  private static final String[] SURVEY_HEADER =
      row("type", "name", "label::English (en)", "label::Français (fr)", "hint::English (en)", "required", "relevant", "constraint", "constraint_message::English (en)", "appearance");
  private static final String[] CHOICES_HEADER = row("list_name", "name", "label::English (en)", "label::Français (fr)");

  private static Workbooks koboForm() {
    return new Workbooks()
        .sheet(
            "survey",
            SURVEY_HEADER,
            row("start", "start"),
            row("end", "end"),
            row("select_one yes_no", "involved", "Are you involved in a mission?", "Participez-vous à une mission ?", null, "yes"),
            row("begin_group", "mission", "Your mission", "Votre mission", null, null, "${involved} = 'yes'"),
            row("select_one phase", "phase", "What phase is it in?", "À quelle phase ?", "Pick one", "true"),
            row("select_multiple funding", "funding", "Where does funding come from?", "D'où vient le financement ?", null, null, null, null, null, null),
            row("integer", "partners", "How many partners?", "Combien de partenaires ?", null, null, null, ". >= 0 and . <= 500", "Between 0 and 500"),
            row("end_group"),
            row("select_one agree", "clear_target", "The mission has a clearly defined target", "La mission a une cible claire", null, null, null, null, null, "likert"),
            row("text", "reflections", "Anything else?", "Autre chose ?", null, null, null, null, null, "multiline"))
        .sheet(
            "choices",
            CHOICES_HEADER,
            row("yes_no", "yes", "Yes", "Oui"),
            row("yes_no", "no", "No", "Non"),
            row("phase", "getting_started", "Getting started", "Au démarrage"),
            row("phase", "middle", "In the middle", "En cours"),
            row("funding", "eu", "European Union", "Union européenne"),
            row("funding", "national", "National state", "État"),
            row("agree", "1", "Disagree", "Pas d'accord"),
            row("agree", "2", "Agree", "D'accord"))
        .sheet("settings", row("form_title::English (en)", "form_title::Français (fr)", "form_id", "default_language"), row("Mission check", "Bilan de mission", "mission_check", "English (en)"));
  }

  @Test
  void aKoboFormBecomesAnInstrument() {
    Instrument instrument = XlsFormReader.read(koboForm().xlsx(), null);
    assertThat(instrument.code()).isEqualTo("mission_check");
    assertThat(instrument.title().all()).containsEntry("fr", "Bilan de mission");
    assertThat(instrument.sections()).extracting(s -> s.code()).containsExactly("section_1", "mission", "section_3");
    assertThat(instrument.sections().get(1).relevance().orElseThrow().source()).isEqualTo("${involved} = 'yes'");
    assertThat(instrument.questions()).extracting(Question::code).containsExactly("involved", "phase", "funding", "partners", "clear_target", "reflections");
    assertThat(instrument.questions()).extracting(Question::type)
        .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.NUMBER, QuestionType.LIKERT, QuestionType.TEXT_LONG);
    Question phase = instrument.question("phase").orElseThrow();
    assertThat(phase.required()).isTrue();
    assertThat(phase.help().orElseThrow().in(Locale.ENGLISH)).isEqualTo("Pick one");
    assertThat(phase.option("middle").orElseThrow().label().in(Locale.FRENCH)).isEqualTo("En cours");
    // and it works as any instrument: the group is hidden for someone not involved, constraints hold
    ResponseCheck check = new ResponseCheck(instrument, Locale.ENGLISH);
    assertThat(check.check(Map.of("involved", List.of("no"))).valid()).isTrue();
    assertThat(check.check(Map.of("involved", List.of("yes"), "phase", List.of("middle"), "partners", List.of("900"))).problems())
        .extracting(p -> p.key() + ": " + p.message())
        .containsExactly("partners: Between 0 and 500");
  }

  @Test
  void theCodeGivenWinsOverTheFormId() {
    assertThat(XlsFormReader.read(koboForm().xlsx(), "wave_2027").code()).isEqualTo("wave_2027");
  }

  @Test
  void everyProblemIsReportedWithItsPlaceAndWhatToChangeAndNothingIsImported() {
    Workbooks broken =
        new Workbooks()
            .sheet(
                "survey",
                SURVEY_HEADER,
                row("geopoint", "location", "Where are you?"),
                row("select_one colours", "colour", "Favourite colour?"),
                row("select_one yes_no", "involved", "Involved?", null, null, null, "${phase} = 'x"),
                row("begin_repeat", "children", "Each child"),
                row("integer", "age", "Age"),
                row("end_repeat"),
                row("select_one_from_file schools.csv", "school", "Which school?"),
                row("magic", "trick", "A trick"),
                row("begin_group", "outer", "Outer"),
                row("text", "inside", "Inside"))
            .sheet("choices", CHOICES_HEADER, row("yes_no", "yes", "Yes"), row("yes_no", "no", "No"))
            .sheet("settings", row("form_id"), row("broken"));
    assertThatThrownBy(() -> XlsFormReader.read(broken.xlsx(), null))
        .isInstanceOfSatisfying(
            XlsFormException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field() + ": " + p.message())
                    .containsExactly(
                        "xlsform.survey.row3.type: names the choice list colours, which the choices sheet does not have",
                        "xlsform.survey.row4.relevant: text opened here is never closed (at character 12)",
                        "xlsform.survey.row5.type: repeat groups are not supported: ask for a fixed number of items as separate questions (or a group per item), or for a list in a long text",
                        "xlsform.survey.row8.type: select_one_from_file reads its choices from a file, which an upload cannot carry: copy the file's choices into the choices sheet and use select_one or select_multiple with that list",
                        "xlsform.survey.row9.type: the type magic is not an XLSForm type MissionHub knows (it reads select_one, select_multiple, integer, decimal, range, text, date, note, begin_group, end_group)",
                        "xlsform.survey.row10.type: begin_group without end_group"));
  }

  @Test
  void aFormAsPeopleWriteItIsImportedWithNotesOnWhatChanged() {
    Workbooks written =
        new Workbooks()
            .sheet(
                "survey",
                row("type", "name", "label", "label::Kiswahili", "label::chinese", "hint", "relevant", "constraint", "choice_filter"),
                row("today", "today"),
                row("select one district", "District", "Which district?", "Wilaya gani?", "哪个区？"),
                row("select_one village", "Village", "Which village?", "Kijiji gani?", null, null, null, null, "district=${District}"),
                row("geopoint", "gps", "Where are you?"),
                row("calculate", "village_count", null, null, null, null, null, null, null),
                row("begin group", "Household", "Your household"),
                row("begin_group", "HeadInfo", "About the head", null, null, null, "${Village} != 'n1-c'"),
                row("integer", "respondentAge", "Age of the head", null, null, "In years", "${gps} != ''", "regex(., '^[0-9]+$')"),
                row("end group"),
                row("select all that apply crops", "crops", "Which crops?", null, null, null, "selected(${District}, 'Aloyce')"),
                row("end_group"))
            .sheet(
                "choices",
                row("list name", "name", "label", "label::Kiswahili", "district"),
                row("district", "Aloyce", "Aloyce district", "Wilaya ya Aloyce"),
                row("district", "north-east", "North-east", "Kaskazini mashariki"),
                row("village", "n1-c", "Village one", null, "Aloyce"),
                row("village", "n1-c", "Village one", null, "north-east"),
                row("village", "n2", "Village two", null, "north-east"),
                row("crops", "maize", "Maize"),
                row("crops", "beans", "Beans"))
            .sheet("settings", row("form_title", "form_id"), row("Household survey", "HH_Survey-2024"));
    XlsFormReader.Imported imported = XlsFormReader.imported(written.xlsx(), null);
    Instrument instrument = imported.instrument();
    assertThat(instrument.code()).isEqualTo("hh_survey_2024");
    assertThat(instrument.questions()).extracting(Question::code).containsExactly("district", "village", "respondent_age", "crops");
    Question district = instrument.questions().get(0);
    assertThat(district.label().all()).containsEntry("en", "Which district?").containsEntry("sw", "Wilaya gani?").containsEntry("zh", "哪个区？");
    assertThat(district.options()).extracting(o -> o.code()).containsExactly("aloyce", "north_east");
    assertThat(instrument.questions().get(1).options()).extracting(o -> o.code()).containsExactly("n1_c", "n2");
    // the conditions are in codes; the inner group's condition holds for its question; what cannot be evaluated is dropped
    assertThat(instrument.questions().get(2).relevance().orElseThrow().source()).isEqualTo("${village} != 'n1_c'");
    assertThat(instrument.questions().get(2).constraint()).isEmpty();
    assertThat(instrument.questions().get(3).relevance().orElseThrow().source()).isEqualTo("selected(${district}, 'aloyce')");
    assertThat(instrument.sections()).extracting(sec -> sec.code()).containsExactly("section_1", "household");
    assertThat(imported.notes()).extracting(p -> p.field() + ": " + p.message()).contains(
        "xlsform.choices.row5.name: the choice n1-c is already in the list village: kept once (it is the same answer)",
        "xlsform.survey.row4.choice_filter: is not applied: every choice of the list village is offered",
        "xlsform.survey.row5.type: the geopoint gps is left out: MissionHub surveys do not collect locations, media or codes",
        "xlsform.survey.row6.calculation: the calculate village_count is left out: it has no calculation",
        "xlsform.survey.row8.type: the group HeadInfo inside the group Household is part of it (groups do not nest here); its condition holds for each of its questions",
        "xlsform.survey.row9.relevant: is not applied: it reads gps, which the survey does not ask (left out, or later in the form)",
        "xlsform.survey.row9.constraint: is not checked (unknown function regex (supported: not, selected, count-selected, string-length, if, coalesce, concat, number, int, round) (at character 1))",
        "xlsform.survey.name: the name District is the code district",
        "xlsform.survey.name: the name respondentAge is the code respondent_age",
        "xlsform.choices.name: the name n1-c is the code n1_c");
  }

  @Test
  void withoutACodeOrAFormIdTheSettingsAreNamed() {
    Workbooks nameless = new Workbooks().sheet("survey", row("type", "name", "label"), row("text", "q", "Question"));
    assertThatThrownBy(() -> XlsFormReader.read(nameless.xlsx(), " "))
        .isInstanceOfSatisfying(XlsFormException.class, e -> assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message())
            .containsExactly("xlsform.settings.row2.form_id: is required when no code is given: the instrument's code, such as needs_assessment_2026"));
  }

  @Test
  void thePlainColumnsAreInTheDefaultLanguageWhichIsTheFallbackWithoutEnglish() {
    Workbooks french =
        new Workbooks()
            .sheet("survey", row("type", "name", "label", "label::English (en)"), row("text", "nom", "Votre nom ?"), row("integer", "age", "Votre âge ?", "Your age?"))
            .sheet("settings", row("form_title", "form_id", "default_language"), row("Enquête", "enquete", "French (fr)"));
    Instrument instrument = XlsFormReader.read(french.xlsx(), null);
    assertThat(instrument.questions().get(0).label().all()).containsEntry("fr", "Votre nom ?").containsEntry("en", "Votre nom ?");
    assertThat(instrument.questions().get(1).label().all()).containsEntry("fr", "Votre âge ?").containsEntry("en", "Your age?");
    assertThat(instrument.title().in(Locale.FRENCH)).isEqualTo("Enquête");
  }

  @Test
  void aSheetWithTooManyRowsIsRefusedNamingIt() {
    String[][] rows = new String[Sheet.MAX_ROWS + 1][];
    rows[0] = SURVEY_HEADER;
    for (int r = 1; r < rows.length; r++) {
      rows[r] = row("text", "q" + r, "Question " + r);
    }
    assertThatThrownBy(() -> XlsFormReader.read(new Workbooks().sheet("survey", rows).xlsx(), "big"))
        .isInstanceOfSatisfying(
            XlsFormException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message())
                .containsExactly("xlsform.survey.row" + (Sheet.MAX_ROWS + 1) + ": has more than " + Sheet.MAX_ROWS + " rows"));
  }

  @Test
  void aCellTooLongIsRefusedNamingItsPlace() {
    Workbooks workbook = new Workbooks().sheet("survey", SURVEY_HEADER, row("text", "long", "x".repeat(Sheet.MAX_CELL_CHARACTERS + 1)));
    assertThatThrownBy(() -> XlsFormReader.read(workbook.xlsx(), "long"))
        .isInstanceOfSatisfying(
            XlsFormException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message())
                .containsExactly("xlsform.survey.row2.label::english (en): holds more than " + Sheet.MAX_CELL_CHARACTERS + " characters"));
  }

  @Test
  void aZipBombIsRefusedBeforeItIsUnpacked() throws java.io.IOException {
    // a workbook-shaped zip whose sheet unpacks to 64 MB of spaces from a few kilobytes
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> XlsFormReader.read(new ByteArrayInputStream(bytes.toByteArray()), "bomb"))
        .isInstanceOfSatisfying(
            XlsFormException.class,
            e -> {
              assertThat(e.problems().get(0).field()).isEqualTo("xlsform.file");
              assertThat(e.problems().get(0).message()).contains("zip bomb");
            });
  }

  @Test
  void aFileThatIsNotAWorkbookIsSaidSo() {
    assertThatThrownBy(() -> XlsFormReader.read(new ByteArrayInputStream("type,name\\ntext,a".getBytes()), "x"))
        .isInstanceOfSatisfying(XlsFormException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("xlsform.file"));
  }
}

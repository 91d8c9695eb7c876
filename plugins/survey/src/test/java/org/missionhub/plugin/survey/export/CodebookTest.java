package org.missionhub.plugin.survey.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.export.Codebook.Code;
import org.missionhub.plugin.survey.export.Codebook.Column;
import org.missionhub.plugin.survey.export.Codebook.Labels;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

class CodebookTest {

  private final Codebook template = Codebook.of(NeedsAssessmentTemplate.instrument());

  @Test
  void aChoiceWithOtherSpecifyHoldsItsOptionCodesAndHasATextColumnAllInThreeLanguages() {
    Column type = column("organisation_type");
    Column text = column("organisation_type_other");

    assertThat(type.question()).isEqualTo("organisation_type");
    assertThat(type.type()).isEqualTo("SINGLE_CHOICE");
    assertThat(type.label()).isEqualTo(new Labels(
        "What kind of organisation do you work for?", "Pour quel type d’organisation travaillez-vous ?", "Hvilken type organisation arbejder du for?"));
    assertThat(type.options()).extracting(Code::code).containsExactly(
        "national_government", "regional_government", "local_government", "ngo", "foundation", "private", "academia", "international", "other");
    assertThat(type.options().get(3).label()).isEqualTo(new Labels("NGO", "ONG", "NGO"));
    assertThat(type.options().get(8).label()).isEqualTo(new Labels("Other", "Autre", "Andet"));
    assertThat(text.options()).isEmpty();
    assertThat(text.label().fr()).isEqualTo("Pour quel type d’organisation travaillez-vous ? — Autre, précisez");
  }

  @Test
  void aMultipleChoiceColumnStandsForOneOptionAndAMatrixColumnForOneItem() {
    Column silos = column("risks__silos");
    Column clearTarget = column("characteristics.clear_target");

    assertThat(silos.options()).containsExactly(new Code("silos", new Labels("Effect of silos", "Effet des silos", "Siloeffekter")));
    assertThat(column("risks__other").options()).extracting(Code::code).containsExactly("other");
    assertThat(clearTarget.type()).isEqualTo("MATRIX");
    assertThat(clearTarget.label().da()).isEqualTo("Hvordan vil du karakterisere din mission i forhold til følgende udsagn? — Missionen har et klart defineret mål");
    assertThat(clearTarget.options()).extracting(Code::code).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void theLeadingColumnsComeFirstAndEveryColumnIsDescribed() {
    assertThat(template.columnNames()).startsWith(
        "response", "submitted_on", "fact_organisation_type", "fact_country", "fact_phase", "fact_governance_mode", "fact_challenge_area", "fact_sector", "involved");
    assertThat(template.columns()).extracting(Column::name).isEqualTo(template.columnNames()).doesNotHaveDuplicates();
    assertThat(template.columns()).allSatisfy(c -> assertThat(List.of(c.label().en(), c.label().fr(), c.label().da())).allSatisfy(l -> assertThat(l).isNotBlank()));
  }

  @Test
  void aNoteHasNoColumnAndAnUntranslatedTextFallsBackToEnglish() {
    Instrument instrument = instrument(
        Question.plain("intro", QuestionType.NOTE, LocalizedText.of("en", "Thank you")),
        Question.plain("budget", QuestionType.NUMBER, LocalizedText.of("en", "Budget", "fr", "Budget (EUR)")),
        Question.likert("trust", LocalizedText.of("en", "Trust"), List.of(Option.of("1", LocalizedText.of("en", "Low")), Option.of("2", LocalizedText.of("en", "High")))));

    Codebook codebook = Codebook.of(instrument);

    assertThat(codebook.columnNames()).endsWith("fact_sector", "budget", "trust");
    assertThat(codebook.columns().get(8).label()).isEqualTo(new Labels("Budget", "Budget (EUR)", "Budget"));
    assertThat(codebook.columns().get(9).options().get(1).label()).isEqualTo(new Labels("High", "High", "High"));
  }

  @Test
  void anInstrumentWhoseColumnsWouldClashIsRefusedNamingTheColumn() {
    Instrument clashing = instrument(Question.plain("response", QuestionType.TEXT_SHORT, LocalizedText.of("en", "Your response")));

    assertThatThrownBy(() -> Codebook.of(clashing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named response");
  }

  @Test
  void theCodebookCsvHasARowPerColumnAndCodeWithLabelsQuotedWhereNeeded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    template.writeCsv(out);

    List<String> rows = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    assertThat(rows.get(0)).isEqualTo("column,question,type,label_en,label_fr,label_da,option,option_label_en,option_label_fr,option_label_da,note");
    assertThat(rows.get(1)).isEqualTo("response,,SEQUENCE,\"Number of the response in this export (1..N), not an identifier\","
        + "\"Numéro de la réponse dans cet export (1..N), pas un identifiant\",\"Svarets nummer i dette udtræk (1..N), ikke et id\",,,,,");
    assertThat(rows).contains(
        "role,role,SINGLE_CHOICE,What is (or was) your role in the mission?,Quel est (ou était) votre rôle dans la mission ?,Hvad er (eller var) din rolle i missionen?,leader,Leader,Responsable,Leder,",
        "setting,setting,SINGLE_CHOICE,How was the mission set?,Comment la mission a-t-elle été définie ?,Hvordan blev missionen sat?,top_down,"
            + "\"Top-down: set primarily by government bodies or officials, who coordinate and drive it\","
            + "\"Descendante : définie surtout par des autorités publiques, qui la coordonnent et la pilotent\","
            + "\"Top-down: sat primært af offentlige myndigheder, som koordinerer og driver den\",",
        "reflections,reflections,TEXT_LONG,Anything else you would like to share?,Souhaitez-vous ajouter quelque chose ?,\"Er der andet, du gerne vil dele?\",,,,,"
            + "\"" + Codebook.FORMULA_NOTE + "\"");
    // a coded column has a row per code (eight organisation types and "other"); every column has at least one
    assertThat(rows.stream().filter(r -> r.startsWith("organisation_type,"))).hasSize(9);
    assertThat(rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct()).containsExactlyElementsOf(template.columnNames());
  }

  private Column column(String name) {
    return template.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Instrument instrument(Question... questions) {
    return new Instrument("small", LocalizedText.of("en", "Small"), LocalizedText.of("en", "A small survey"), List.of(Section.of("only", LocalizedText.of("en", "Only"), questions)));
  }
}

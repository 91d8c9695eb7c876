package org.missionhub.plugin.survey.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

/** The template written as an XLSForm and read back: the same survey, as far as XLSForm can say it. */
class XlsFormWriterTest {

  private final Instrument template = NeedsAssessmentTemplate.instrument();
  private final Instrument roundTrip = XlsFormReader.read(new ByteArrayInputStream(XlsFormWriter.write(template)), null);

  @Test
  void keepsCodesSectionsConditionsAndEveryLanguage() {
    assertThat(roundTrip.code()).isEqualTo(template.code());
    assertThat(roundTrip.sections()).extracting(s -> s.code()).containsExactlyElementsOf(template.sections().stream().map(s -> s.code()).toList());
    assertThat(roundTrip.sections().get(1).relevance().orElseThrow().source()).isEqualTo("${involved} != 'no'");
    assertThat(roundTrip.question("role").orElseThrow().relevance().orElseThrow().source()).isEqualTo("${involved} != 'no'");
    assertThat(roundTrip.question("risks").orElseThrow().otherSpecify()).isTrue();
    assertThat(roundTrip.question("involved").orElseThrow().required()).isTrue();
    assertThat(roundTrip.question("phase").orElseThrow().label().in(Locale.forLanguageTag("da"))).isEqualTo("Hvilken fase er din mission i?");
    assertThat(roundTrip.question("reflections").orElseThrow().type()).isEqualTo(QuestionType.TEXT_LONG);
    assertThat(roundTrip.missingTranslations(List.of("fr", "da"))).isEmpty();
  }

  @Test
  void saysWhatXlsFormCannot() {
    // a matrix becomes one Likert question per item, a country a choice of ISO codes
    assertThat(roundTrip.questions().stream().map(Question::code).filter(c -> c.startsWith("characteristics_")))
        .containsExactly(
            "characteristics_clear_target", "characteristics_monitoring_plan", "characteristics_common_goal", "characteristics_portfolio", "characteristics_committed_support");
    assertThat(roundTrip.question("characteristics_clear_target").orElseThrow().type()).isEqualTo(QuestionType.LIKERT);
    Question country = roundTrip.question("country").orElseThrow();
    assertThat(country.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(country.option("dk").orElseThrow().label().in(Locale.ENGLISH)).isEqualTo("Denmark");
  }
}

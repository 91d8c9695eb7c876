package org.missionhub.plugin.survey.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;

/** The built-in template covers what the OECD / Danish Design Centre survey asked, in all three languages. */
class NeedsAssessmentTemplateTest {

  private final Instrument template = NeedsAssessmentTemplate.instrument();

  @Test
  void asksWhatTheWorkshopDeckReported() {
    assertThat(template.questions().stream().map(Question::code))
        .containsExactly(
            "involved", "role", "country", "organisation_type", "setting", "phase", "challenge_field", "characteristics",
            "external_drivers", "internal_drivers", "funding_sources", "risks", "challenges", "help_needed", "reflections");
    Question characteristics = template.question("characteristics").orElseThrow();
    assertThat(characteristics.type()).isEqualTo(QuestionType.MATRIX);
    assertThat(characteristics.items().stream().map(i -> i.code())).contains("clear_target", "monitoring_plan");
    assertThat(template.question("risks").orElseThrow().options().stream().map(o -> o.code())).contains("silos", "momentum", "committed_support");
    assertThat(template.question("challenges").orElseThrow().options().stream().map(o -> o.code()))
        .contains("aligning_resources", "organisational_models", "budget_cycles");
    assertThat(template.question("role").orElseThrow().options().stream().map(o -> o.code()))
        .containsExactly("leader", "coordinator", "initiator", "implementer", "participant");
  }

  @Test
  void everyTextIsInEnglishFrenchAndDanish() {
    assertThat(template.missingTranslations(List.of("en", "fr", "da"))).isEmpty();
  }
}

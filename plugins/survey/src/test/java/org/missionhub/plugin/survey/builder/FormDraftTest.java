package org.missionhub.plugin.survey.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.xlsform.XlsFormReader;
import org.missionhub.plugin.survey.xlsform.XlsFormWriter;

class FormDraftTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00Z");

  @Test
  void theTemplateOpenedAndSavedUnchangedIsTheSameInstrument() {
    Instrument template = NeedsAssessmentTemplate.instrument();
    assertThat(InstrumentDto.from(FormDraft.of(template).instrument())).isEqualTo(InstrumentDto.from(template));
  }

  @Test
  void aFormBuiltFromNothingSurvivesAnXlsFormRoundTrip() {
    FormDraft draft = FormDraft.of(small());
    Instrument built = draft.instrument();
    Instrument back = XlsFormReader.read(new ByteArrayInputStream(XlsFormWriter.write(built)), built.code());
    assertThat(InstrumentDto.from(back)).isEqualTo(InstrumentDto.from(built));
  }

  @Test
  void buildsEveryPartOfAQuestionAndLeavesOutWhatItsTypeDoesNotHave() {
    FormDraft draft = FormDraft.of(small());
    SectionDraft section = draft.sections().get(0);
    QuestionDraft size = draft.addQuestion(section, section.questions().get(0), QuestionType.NUMBER, Map.of("en", "How many people work on it?", "fr", "Combien de personnes ?"));
    size.setMin(1.0);
    size.setMax(500.0);
    size.setRequired(true);
    size.setShownWhen("${involved} = 'yes'");
    size.setConstraint(". < 100 or ${involved} = 'yes'");
    size.constraintMessage().put("en", "Fewer than 100, please");
    size.options().add(new OptionDraft("left_over", Map.of("en", "From an earlier type")));
    Instrument built = draft.instrument();
    var question = built.questions().get(1);
    assertThat(question.code()).isEqualTo(size.getCode());
    assertThat(question.type()).isEqualTo(QuestionType.NUMBER);
    assertThat(question.options()).isEmpty();
    assertThat(question.min()).contains(1.0);
    assertThat(question.label().all()).containsEntry("fr", "Combien de personnes ?").doesNotContainKey("da");
    assertThat(question.constraintMessage().orElseThrow().all()).containsEntry("en", "Fewer than 100, please");
  }

  @Test
  void aCalculatedValueIsBuiltAndSurvivesAnXlsFormRoundTrip() {
    FormDraft draft = FormDraft.of(small());
    SectionDraft section = draft.sections().get(0);
    QuestionDraft count = draft.addQuestion(section, null, QuestionType.NUMBER, Map.of("en", "How many partners?"));
    count.setCode("partners");
    QuestionDraft score = draft.addQuestion(section, null, QuestionType.CALCULATED, Map.of("en", "Partnership score"));
    score.setCode("score");
    assertThatThrownBy(draft::instrument).as("a calculated value needs its calculation").isInstanceOf(PluginProblem.class);
    score.setCalculation("if(${involved} = 'yes', ${partners} * 2, 0)");
    score.setRequired(true);
    Instrument built = draft.instrument();
    assertThat(built.question("score").orElseThrow().required()).as("computed, never required").isFalse();
    Instrument back = XlsFormReader.read(new ByteArrayInputStream(XlsFormWriter.write(built)), built.code());
    assertThat(InstrumentDto.from(back)).isEqualTo(InstrumentDto.from(built));
  }

  @Test
  void aProblemIsLocatedAtItsSectionAndQuestion() {
    FormDraft draft = FormDraft.of(small());
    draft.sections().get(0).questions().get(1).setShownWhen("${nothing_here} = 'x'");
    assertThatThrownBy(draft::instrument).isInstanceOfSatisfying(PluginProblem.class,
        p -> assertThat(p.fields().get(0).field()).isEqualTo("definition"));
    draft.sections().get(0).questions().get(1).setShownWhen("");
    draft.sections().get(0).questions().get(0).options().clear();
    assertThatThrownBy(draft::instrument).isInstanceOfSatisfying(PluginProblem.class,
        p -> assertThat(p.fields().get(0).field()).isEqualTo("definition.sections[0].questions[0]"));
  }

  @Test
  void questionsMoveWithinAndAcrossSectionsButNeverLeaveOneEmpty() {
    FormDraft draft = FormDraft.of(small());
    SectionDraft first = draft.sections().get(0);
    SectionDraft second = draft.addSection(first, Map.of("en", "More"), Map.of("en", "Anything else?"));
    QuestionDraft involved = first.questions().get(0);
    QuestionDraft why = first.questions().get(1);
    assertThat(draft.moveUp(involved)).isFalse();
    assertThat(draft.moveDown(involved)).isTrue();
    assertThat(first.questions()).containsExactly(why, involved);
    assertThat(draft.moveDown(involved)).isTrue();
    assertThat(second.questions().get(0)).isSameAs(involved);
    assertThat(draft.move(why, second, 5)).as("the first section would be empty").isFalse();
    assertThat(draft.moveUp(involved)).isTrue();
    assertThat(first.questions()).containsExactly(why, involved);
    assertThat(draft.moveUp(second)).isTrue();
    assertThat(draft.sections()).containsExactly(second, first);
    draft.remove(second.questions().get(0));
    assertThat(draft.sections()).containsExactly(first);
  }

  @Test
  void aQuestionRenamedInTheBuilderNamesItsPredecessorInThePreviousVersion() {
    InstrumentVersion v1 = InstrumentVersion.first(small(), "ines", NOW).published(NOW);
    InstrumentVersion v2 = v1.nextDraft("ines", NOW);
    FormDraft draft = FormDraft.of(v2, Optional.of(v1));
    draft.sections().get(0).questions().get(1).setCode("reasons");
    assertThat(draft.predecessors()).isEqualTo(Map.of("reasons", "why"));
    InstrumentVersion saved = v2.edited(draft.instrument(), draft.predecessors(), Optional.of(v1));

    // opened again and renamed once more: still the question of version 1
    FormDraft again = FormDraft.of(saved, Optional.of(v1));
    again.sections().get(0).questions().get(1).setCode("motives");
    assertThat(again.predecessors()).isEqualTo(Map.of("motives", "why"));
    // renamed back: no predecessor to name
    again.sections().get(0).questions().get(1).setCode("why");
    assertThat(again.predecessors()).isEmpty();
    // a new question taking an old code is not a rename
    FormDraft third = FormDraft.of(saved, Optional.of(v1));
    third.addQuestion(third.sections().get(0), null, QuestionType.TEXT_LONG, Map.of("en", "Why, again?")).setCode("why");
    assertThat(third.predecessors()).isEmpty();
  }

  @Test
  void anXlsFormReplacingTheDraftKeepsTheRenamesMadeBefore() {
    InstrumentVersion v1 = InstrumentVersion.first(small(), "ines", NOW).published(NOW);
    FormDraft draft = FormDraft.of(v1.nextDraft("ines", NOW), Optional.of(v1));
    draft.sections().get(0).questions().get(1).setCode("reasons");
    FormDraft edited = FormDraft.of(small());
    edited.sections().get(0).questions().get(1).setCode("reasons");
    edited.addQuestion(edited.sections().get(0), null, QuestionType.DATE, Map.of("en", "Since when?")).setCode("since");
    Instrument sheet = XlsFormReader.read(new ByteArrayInputStream(XlsFormWriter.write(edited.instrument())), "small_form");

    draft.replaceWith(sheet);
    assertThat(draft.questions()).extracting(QuestionDraft::getCode).containsExactly("involved", "reasons", "since");
    assertThat(draft.predecessors()).isEqualTo(Map.of("reasons", "why"));
    assertThatThrownBy(() -> draft.replaceWith(NeedsAssessmentTemplate.instrument())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConditionIsCheckedAtItsPlaceAsItIsTyped() {
    FormDraft draft = FormDraft.of(small());
    QuestionDraft involved = draft.sections().get(0).questions().get(0);
    QuestionDraft why = draft.sections().get(0).questions().get(1);
    assertThat(ConditionCheck.of(draft, why, "", false).valid()).isTrue();
    assertThat(ConditionCheck.of(draft, why, "${involved} = 'yes' and selected(${involved}, 'no')", false).reads()).containsExactly("involved");
    ConditionCheck open = ConditionCheck.of(draft, why, "${involved} = 'yes", false);
    assertThat(open.valid()).isFalse();
    assertThat(open.position()).isEqualTo(14);
    assertThat(open.problemKey()).as("said in the page's language").isEqualTo("unclosedText");
    ConditionCheck later = ConditionCheck.of(draft, involved, "${why} != ''", false);
    assertThat(later.problem()).contains("${why}", "not a question asked before");
    assertThat(later.problemKey()).isEqualTo("notAskedBefore");
    assertThat(later.problemArguments()).containsExactly("why");
    assertThat(later.position()).isZero();
    assertThat(ConditionCheck.of(draft, involved, ". = 'yes' or ${involved} = 'no'", true).valid()).as("a constraint reads its own question").isTrue();
    assertThat(ConditionCheck.of(draft, draft.sections().get(0), "${involved} = 'yes'", false).valid()).as("a section reads nothing of its own").isFalse();
  }

  static Instrument small() {
    return org.missionhub.plugin.survey.json.InstrumentReader.read(new InstrumentDto("small_form", Map.of("en", "A small form", "fr", "Un petit formulaire"), Map.of("en", "Two questions"),
        List.of(new InstrumentDto.SectionDto("about", Map.of("en", "About you"), null, List.of(
            new InstrumentDto.QuestionDto("involved", "SINGLE_CHOICE", Map.of("en", "Are you involved?", "da", "Er du involveret?"), null, true, null, null, null,
                List.of(new InstrumentDto.OptionDto("yes", Map.of("en", "Yes")), new InstrumentDto.OptionDto("no", Map.of("en", "No"))), List.of(), false, null, null, null),
            new InstrumentDto.QuestionDto("why", "TEXT_LONG", Map.of("en", "Why?"), Map.of("en", "In a few words"), false, "${involved} = 'yes'", null, null,
                List.of(), List.of(), false, null, null, null))))));
  }
}

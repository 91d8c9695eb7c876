package org.missionhub.plugin.survey.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.builder.VersionDiff.Change;
import org.missionhub.plugin.survey.builder.VersionDiff.Kind;
import org.missionhub.plugin.survey.builder.VersionDiff.Part;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

class VersionDiffTest {

  @Test
  void theSameVersionHasNoChanges() {
    Instrument template = NeedsAssessmentTemplate.instrument();
    assertThat(VersionDiff.between(template, template, Map.of())).isEmpty();
  }

  @Test
  void saysWhatWasAddedRemovedRenamedAndChanged() {
    Instrument before = FormDraftTest.small();
    FormDraft draft = FormDraft.of(before);
    SectionDraft section = draft.sections().get(0);
    QuestionDraft involved = section.questions().get(0);
    involved.label().put("fr", "Êtes-vous impliqué ?");
    involved.options().get(1).label().put("en", "Not at all");
    involved.options().add(new OptionDraft("maybe", Map.of("en", "Maybe")));
    section.questions().get(1).setCode("reasons");
    section.questions().get(1).setType(QuestionType.TEXT_SHORT);
    draft.sections().get(0).questions().remove(1);
    draft.addQuestion(section, null, QuestionType.DATE, Map.of("en", "Since when?")).setCode("since");
    Instrument after = draft.instrument();

    assertThat(VersionDiff.between(before, after, Map.of())).containsExactly(
        new Change(Kind.CHANGED, "involved", "involved", Set.of(Part.LABEL, Part.OPTIONS), List.of("~no", "+maybe")),
        new Change(Kind.ADDED, "since", null, Set.of(), List.of()),
        new Change(Kind.REMOVED, "why", "why", Set.of(), List.of()));
  }

  @Test
  void aRenamedQuestionIsOneQuestionChanged() {
    Instrument before = FormDraftTest.small();
    FormDraft draft = FormDraft.of(before);
    draft.sections().get(0).questions().get(1).setCode("reasons");
    draft.sections().get(0).questions().get(1).setRequired(true);
    assertThat(VersionDiff.between(before, draft.instrument(), Map.of("reasons", "why"))).containsExactly(
        new Change(Kind.CHANGED, "reasons", "why", Set.of(Part.CODE, Part.REQUIRED), List.of()));
  }
}

package org.missionhub.plugin.survey.highlights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

class HighlightsLayoutTest {

  private static LocalizedText key(String key) {
    return LocalizedText.of("en", key);
  }

  @Test
  void theNeedsAssessmentIsLaidOutAsTheDecksChaptersWithoutItsFreeText() {
    HighlightsLayout layout = HighlightsLayout.of(NeedsAssessmentTemplate.instrument(), HighlightsLayoutTest::key);

    assertThat(layout.chapters()).extracting(c -> c.title().in(java.util.Locale.ENGLISH)).containsExactly(
        "survey.highlights.respondents", "survey.highlights.practice", "survey.highlights.design", "survey.highlights.drivers", "survey.highlights.funding",
        "survey.highlights.challenges");
    assertThat(layout.chapters().get(0).questions()).containsExactly("involved", "role", "country", "organisation_type");
    assertThat(layout.chapters().stream().flatMap(c -> c.questions().stream())).doesNotContain("reflections");
  }

  @Test
  void aCopyOfTheTemplateThatAsksMoreReportsItsOwnQuestionsUnderTheirSection() {
    Instrument template = NeedsAssessmentTemplate.instrument();
    Section extra = Section.of("budget", LocalizedText.of("en", "Budget"),
        Question.plain("budget_share", QuestionType.NUMBER, LocalizedText.of("en", "What share of your budget goes to the mission?")),
        Question.plain("budget_story", QuestionType.TEXT_LONG, LocalizedText.of("en", "Tell us more")));
    List<Section> sections = new java.util.ArrayList<>(template.sections());
    sections.add(extra);
    Instrument copy = new Instrument("needs_2027", template.title(), template.description(), sections);

    HighlightsLayout layout = HighlightsLayout.of(copy, HighlightsLayoutTest::key);

    assertThat(layout.chapters()).hasSize(7);
    assertThat(layout.chapters().get(6).title().in(java.util.Locale.ENGLISH)).isEqualTo("Budget");
    assertThat(layout.chapters().get(6).questions()).containsExactly("budget_share");
  }

  @Test
  void anyOtherInstrumentGetsAChapterPerSectionWithAChartableQuestion() {
    Instrument own = new Instrument("team_pulse", LocalizedText.of("en", "Team pulse"), LocalizedText.of("en", "How the team is doing"), List.of(
        Section.of("mood", LocalizedText.of("en", "Mood"),
            Question.singleChoice("mood", LocalizedText.of("en", "How do you feel?"), List.of(Option.of("good", LocalizedText.of("en", "Good")), Option.of("bad", LocalizedText.of("en", "Bad")))),
            Question.plain("why", QuestionType.TEXT_SHORT, LocalizedText.of("en", "Why?"))),
        Section.of("words", LocalizedText.of("en", "In your words"), Question.plain("more", QuestionType.TEXT_LONG, LocalizedText.of("en", "Anything else?")))));

    HighlightsLayout layout = HighlightsLayout.of(own, HighlightsLayoutTest::key);

    assertThat(layout.chapters()).hasSize(1);
    assertThat(layout.chapters().get(0).title().in(java.util.Locale.ENGLISH)).isEqualTo("Mood");
    assertThat(layout.chapters().get(0).questions()).containsExactly("mood");
  }
}

package org.missionhub.plugin.survey.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;

class InstrumentTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Text", "fr", "Texte", "da", "Tekst");
  private static final List<Option> YES_NO = List.of(Option.of("yes", TEXT), Option.of("no", TEXT));

  private static Instrument of(Section... sections) {
    return new Instrument("test", TEXT, TEXT, List.of(sections));
  }

  @Test
  void aConditionMayOnlyReadQuestionsAskedBeforeIt() {
    Question early = Question.singleChoice("involved", TEXT, YES_NO);
    Question later = Question.singleChoice("phase", TEXT, YES_NO).shownWhen("${involved} = 'yes'");
    assertThat(of(Section.of("one", TEXT, early, later)).questions()).hasSize(2);
    assertThatThrownBy(() -> of(Section.of("one", TEXT, later, early)))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessage("the condition of question phase reads ${involved}, which is not a question asked before it");
    assertThatThrownBy(() -> of(Section.of("one", TEXT, early).shownWhen("${involved} = 'yes'")))
        .hasMessageContaining("the condition of section one reads ${involved}");
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Question q = Question.plain("country", QuestionType.COUNTRY, TEXT);
    assertThatThrownBy(() -> of(Section.of("one", TEXT, q), Section.of("two", TEXT, q))).hasMessage("the question code 'country' is used twice");
    assertThatThrownBy(() -> Question.plain("Country code", QuestionType.COUNTRY, TEXT)).hasMessageContaining("must be 1-64 lower-case letters");
    assertThatThrownBy(() -> Question.singleChoice("q", TEXT, List.of(Option.of("a", TEXT), Option.of("a", TEXT)))).hasMessage("the option of q code 'a' is used twice");
  }

  @Test
  void eachTypeTakesWhatSuitsIt() {
    assertThatThrownBy(() -> Question.singleChoice("q", TEXT, List.of())).hasMessageContaining("needs options");
    assertThatThrownBy(() -> Question.plain("q", QuestionType.TEXT_SHORT, TEXT).between(1.0, 2.0)).hasMessageContaining("only a number has limits");
    assertThatThrownBy(() -> Question.plain("q", QuestionType.NUMBER, TEXT).between(5.0, 1.0)).hasMessageContaining("minimum is above its maximum");
    assertThatThrownBy(() -> Question.likert("q", TEXT, YES_NO).withOtherSpecify()).hasMessageContaining("'other, specify'");
    assertThatThrownBy(() -> Question.plain("q", QuestionType.NOTE, TEXT).mandatory()).hasMessageContaining("cannot be required");
  }

  @Test
  void missingTranslationsAreReported() {
    LocalizedText englishOnly = LocalizedText.of("en", "Only English");
    Instrument instrument = of(Section.of("one", TEXT, Question.singleChoice("q", englishOnly, List.of(Option.of("a", TEXT), Option.of("b", englishOnly)))));
    assertThat(instrument.missingTranslations(List.of("fr", "da"))).containsExactly("q: fr", "q: da", "q/b: fr", "q/b: da");
  }
}

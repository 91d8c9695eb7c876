package org.missionhub.plugin.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

class ResponseCheckTest {

  private final ResponseCheck check = new ResponseCheck(NeedsAssessmentTemplate.instrument(), Locale.ENGLISH);

  private static Map<String, List<String>> involved() {
    Map<String, List<String>> answers = new HashMap<>();
    answers.put("involved", List.of("yes"));
    answers.put("role", List.of("coordinator"));
    answers.put("country", List.of("DK"));
    answers.put("organisation_type", List.of("foundation"));
    answers.put("setting", List.of("bottom_up"));
    answers.put("phase", List.of("middle"));
    answers.put("challenge_field", List.of("health_wellbeing"));
    answers.put("characteristics.clear_target", List.of("2"));
    answers.put("funding_sources", List.of("national_state", "philanthropic"));
    answers.put("risks", List.of("silos", "other"));
    answers.put("risks_other", List.of("  Elections  "));
    return answers;
  }

  private static List<String> problemKeys(CheckedResponse checked) {
    return checked.problems().stream().map(AnswerProblem::key).toList();
  }

  @Test
  void aCompleteResponseIsKeptNormalised() {
    CheckedResponse checked = check.check(involved());
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.answers()).containsEntry("risks_other", List.of("Elections")).containsEntry("characteristics.clear_target", List.of("2"));
    assertThat(checked.shown()).contains("role", "phase", "characteristics");
  }

  @Test
  void hiddenQuestionsAreNotRequiredAndTheirAnswersAreDropped() {
    Map<String, List<String>> answers = new HashMap<>();
    answers.put("involved", List.of("no"));
    answers.put("country", List.of("FR"));
    answers.put("organisation_type", List.of("private"));
    // answers to questions hidden because the respondent is not involved in a mission
    answers.put("role", List.of("leader"));
    answers.put("phase", List.of("end"));
    CheckedResponse checked = check.check(answers);
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.answers()).containsOnlyKeys("involved", "country", "organisation_type");
    assertThat(checked.shown()).doesNotContain("role", "setting", "phase", "funding_sources").contains("risks", "reflections");
  }

  @Test
  void requiredShownQuestionsMustBeAnswered() {
    Map<String, List<String>> answers = involved();
    answers.remove("phase");
    answers.put("setting", List.of("  "));
    assertThat(problemKeys(check.check(answers))).containsExactly("setting", "phase");
  }

  @Test
  void answersMustFitTheirQuestion() {
    Map<String, List<String>> answers = involved();
    answers.put("role", List.of("leader", "participant"));
    answers.put("country", List.of("Denmark"));
    answers.put("phase", List.of("finished"));
    answers.put("characteristics.clear_target", List.of("7"));
    answers.put("funding_sources", List.of("eu", "eu"));
    answers.remove("risks_other");
    answers.put("colour", List.of("blue"));
    CheckedResponse checked = check.check(answers);
    assertThat(checked.problems())
        .containsExactly(
            new AnswerProblem("role", "takes one answer"),
            new AnswerProblem("country", "must be an ISO 3166 country code such as DK"),
            new AnswerProblem("phase", "must be one of getting_started, middle, end"),
            new AnswerProblem("characteristics.clear_target", "must be one of 1, 2, 3, 4, 5"),
            new AnswerProblem("funding_sources", "names an option twice"),
            new AnswerProblem("risks_other", "say what the other is"),
            new AnswerProblem("colour", "is not a question of this survey"));
    assertThat(checked.valid()).isFalse();
  }

  @Test
  void numbersDatesAndConstraints() {
    LocalizedText text = LocalizedText.of("en", "Q");
    Instrument instrument =
        new Instrument(
            "numbers",
            text,
            text,
            List.of(
                Section.of(
                    "one",
                    text,
                    Question.plain("budget", QuestionType.NUMBER, text).between(0.0, 1000.0),
                    Question.plain("share", QuestionType.NUMBER, text).checkedBy(". <= ${budget}", LocalizedText.of("en", "cannot exceed the budget", "fr", "ne peut dépasser le budget")),
                    Question.plain("start", QuestionType.DATE, text),
                    Question.singleChoice("size", text, List.of(Option.of("small", text))).withOtherSpecify())));
    ResponseCheck numbers = new ResponseCheck(instrument, Locale.FRENCH);
    Map<String, List<String>> answers = Map.of("budget", List.of("1200"), "start", List.of("31/03/2026"), "size", List.of("other"), "size_other", List.of("x".repeat(300)));
    assertThat(numbers.check(answers).problems())
        .containsExactly(
            new AnswerProblem("budget", "must be at most 1000"),
            new AnswerProblem("start", "must be a date written 2026-03-31"),
            new AnswerProblem("size_other", "must be at most 255 characters"));
    assertThat(numbers.check(Map.of("budget", List.of("100"), "share", List.of("150"))).problems())
        .containsExactly(new AnswerProblem("share", "ne peut dépasser le budget"));
    assertThat(numbers.check(Map.of("budget", List.of("ten"))).problems()).containsExactly(new AnswerProblem("budget", "must be a number"));
    assertThat(numbers.check(Map.of("budget", List.of("100"), "share", List.of("50"), "start", List.of("2026-03-31"))).valid()).isTrue();
  }

  @Test
  void aCalculatedValueIsComputedFromTheAnswersKeptNotTakenFromTheRespondent() {
    LocalizedText text = LocalizedText.of("en", "Q");
    Instrument instrument = new Instrument("household", text, text, List.of(Section.of("one", text,
        Question.plain("adults", QuestionType.NUMBER, text),
        Question.plain("children", QuestionType.NUMBER, text),
        Question.calculated("size", LocalizedText.of("en", "Household size"), "${adults} + ${children}"),
        Question.plain("big", QuestionType.TEXT_SHORT, text).shownWhen("${size} > 4"))));
    ResponseCheck household = new ResponseCheck(instrument, Locale.ENGLISH);
    var checked = household.check(Map.of("adults", List.of("2"), "children", List.of("3"), "size", List.of("99"), "big", List.of("yes")));
    assertThat(checked.valid()).isTrue();
    assertThat(checked.answers()).containsEntry("size", List.of("5")).containsEntry("big", List.of("yes"));
    // with an answer missing it computes nothing, and what it shows is hidden
    var partial = household.check(Map.of("adults", List.of("2"), "big", List.of("yes")));
    assertThat(partial.answers()).doesNotContainKeys("size", "big");
    assertThat(partial.shown()).doesNotContain("big");
  }
}

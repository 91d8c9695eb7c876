package org.missionhub.plugin.survey.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpressionTest {

  private static final Answers ANSWERS =
      code ->
          Optional.ofNullable(
              Map.of(
                      "involved", List.of("yes"),
                      "phase", List.of("middle"),
                      "funding", List.of("national", "eu"),
                      "budget", List.of("12.5"),
                      "country", List.of("DK"))
                  .get(code));

  private static boolean holds(String expression) {
    return Expression.parse(expression).test(ANSWERS, null);
  }

  @Test
  void comparesAnswersWithTextAndNumbers() {
    assertThat(holds("${involved} = 'yes'")).isTrue();
    assertThat(holds("${involved} != \"yes\"")).isFalse();
    assertThat(holds("${budget} > 10 and ${budget} <= 12.5")).isTrue();
    assertThat(holds("${budget} < 3")).isFalse();
    // an order between texts never holds
    assertThat(holds("${country} > 'A'")).isFalse();
  }

  @Test
  void anUnansweredQuestionIsEmptyText() {
    assertThat(holds("${missing} = ''")).isTrue();
    assertThat(holds("${missing} > 3")).isFalse();
    assertThat(holds("${missing}")).isFalse();
    assertThat(holds("${involved}")).isTrue();
  }

  @Test
  void multipleChoicesAreTestedWithSelected() {
    assertThat(holds("selected(${funding}, 'eu')")).isTrue();
    assertThat(holds("selected(${funding}, 'private')")).isFalse();
    assertThat(holds("count-selected(${funding}) >= 2")).isTrue();
    assertThat(holds("${funding} = 'national eu'")).isTrue();
  }

  @Test
  void logicFollowsPrecedenceAndParentheses() {
    assertThat(holds("${involved} = 'no' or ${phase} = 'middle' and ${country} = 'DK'")).isTrue();
    assertThat(holds("(${involved} = 'no' or ${phase} = 'middle') and ${country} = 'FR'")).isFalse();
    assertThat(holds("not(${involved} = 'no')")).isTrue();
  }

  @Test
  void aConstraintReadsTheAnswerBeingCheckedAsDot() {
    Expression range = Expression.parse(". >= 0 and . <= 100");
    assertThat(range.test(ANSWERS, "40")).isTrue();
    assertThat(range.test(ANSWERS, "140")).isFalse();
    assertThat(Expression.parse("string-length(.) <= 5").test(ANSWERS, "abcdef")).isFalse();
  }

  @Test
  void listsTheQuestionsItReads() {
    assertThat(Expression.parse("selected(${funding}, 'eu') or ${phase} = 'end' or ${phase} = 'middle'").references())
        .containsExactlyInAnyOrder("funding", "phase");
  }

  @Test
  void calculatesAsXlsFormDoes() {
    assertThat(value("${budget} * 2 + 1")).isEqualTo("26");
    assertThat(value("(${budget} + 7.5) div 4")).isEqualTo("5");
    assertThat(value("${budget} mod 5")).isEqualTo("2.5");
    assertThat(value("-${budget} - -2")).isEqualTo("-10.5");
    assertThat(value("10 - 2 - 3")).as("left to right").isEqualTo("5");
    assertThat(value("2 + 3 * 4")).as("products first").isEqualTo("14");
    assertThat(value("round(${budget} div 3, 2)")).isEqualTo("4.17");
    assertThat(value("int(${budget})")).isEqualTo("12");
    assertThat(value("if(${involved} = 'yes', 'leader', 'other')")).isEqualTo("leader");
    assertThat(value("coalesce(${missing}, ${country})")).isEqualTo("DK");
    assertThat(value("concat(${country}, '-', count-selected(${funding}))")).isEqualTo("DK-2");
    assertThat(value("number('7') + 1")).isEqualTo("8");
    assertThat(value("${budget} > 10")).isEqualTo("true");
    // a missing answer computes nothing, not a wrong number; so does a division by zero
    assertThat(value("${missing} + 1")).isEmpty();
    assertThat(value("${country} * 2")).isEmpty();
    assertThat(value("${budget} div 0")).isEmpty();
    assertThat(holds("${budget} - 2 > 10")).isTrue();
    assertThat(holds(". > -1")).as("a negative number still reads").isFalse();
  }

  private static String value(String expression) {
    return Expression.parse(expression).value(ANSWERS, null);
  }

  @Test
  void unreadableExpressionsSayWhereAndWhy() {
    assertThatThrownBy(() -> Expression.parse("${involved} = 'yes"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("text opened here is never closed (at character 15)");
    assertThatThrownBy(() -> Expression.parse("${involved} =")).hasMessageStartingWith("the expression ends too early");
    assertThatThrownBy(() -> Expression.parse("today() > 3")).hasMessageStartingWith("unknown function today");
    assertThatThrownBy(() -> Expression.parse("${a} = 1 ${b}")).hasMessageStartingWith("unexpected 'b'");
    assertThatThrownBy(() -> Expression.parse("selected(${a})")).hasMessageStartingWith("selected takes 2 arguments");
    assertThatThrownBy(() -> Expression.parse("$involved = 1")).hasMessageStartingWith("a reference is written ${question_code}");
    assertThatThrownBy(() -> Expression.parse("${a} # 1")).hasMessageStartingWith("unexpected '#'");
    assertThatThrownBy(() -> Expression.parse(" ")).hasMessageStartingWith("the expression is empty");
    assertThatThrownBy(() -> Expression.parse("${a} + ")).hasMessageStartingWith("the expression ends too early");
    assertThatThrownBy(() -> Expression.parse("round(1, 2, 3)")).hasMessageStartingWith("round takes 1 or 2 arguments");
  }
}

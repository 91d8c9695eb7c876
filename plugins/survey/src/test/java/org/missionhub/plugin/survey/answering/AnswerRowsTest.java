package org.missionhub.plugin.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

class AnswerRowsTest {

  @Test
  void choicesBecomeARowEachScalesCarryTheirPointAndTextIsOnlyCounted() {
    List<AnswerRows.Row> rows =
        AnswerRows.of(
            NeedsAssessmentTemplate.instrument(),
            Map.of(
                "role", List.of("leader"),
                "funding_sources", List.of("eu", "philanthropic"),
                "characteristics.clear_target", List.of("2"),
                "reflections", List.of("Keep going")));

    assertThat(rows)
        .contains(
            new AnswerRows.Row("role", "leader", null, 0),
            new AnswerRows.Row("funding_sources", "eu", null, 0),
            new AnswerRows.Row("funding_sources", "philanthropic", null, 1),
            new AnswerRows.Row("reflections", null, null, 0));
    AnswerRows.Row scale = rows.stream().filter(r -> r.question().equals("characteristics.clear_target")).findFirst().orElseThrow();
    assertThat(scale.value()).isEqualTo("2");
    assertThat(scale.number()).isEqualTo(2.0);
    assertThat(rows).extracting(AnswerRows.Row::value).doesNotContain("Keep going");
  }
}

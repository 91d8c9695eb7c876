package org.missionhub.plugin.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.json.InstrumentJson;

/** The demo organisations' own questionnaire reads as an instrument, in the three languages, its condition working. */
class DemoPulseTest {

  @Test
  void theDemoPulseIsAValidQuestionnaireInEveryLanguage() throws IOException {
    Instrument pulse;
    try (InputStream in = SurveyPlugin.class.getResourceAsStream("demo/mission-pulse.json")) {
      pulse = InstrumentJson.read(JsonbBuilder.create(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(pulse.code()).isEqualTo("mission_pulse");
    assertThat(pulse.questions()).extracting(Question::code).containsExactly("momentum", "blocker", "next_step");
    assertThat(pulse.questions()).allSatisfy(q -> assertThat(q.label().all()).containsOnlyKeys("en", "fr", "da"));
    assertThat(pulse.question("blocker").orElseThrow().relevance()).isPresent();
  }
}

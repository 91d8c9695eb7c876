package org.missionhub.plugin.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.Test;
import org.missionhub.plugin.evaluation.service.Forms.IndicatorForm;

/** The indicator form as the server's JSON-B reads it (the platform refuses unknown properties). */
class FormsJsonTest {

  private final Jsonb json = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  @Test
  void targetsAndTextsByLanguageAreRead() {
    IndicatorForm form = json.fromJson(
        "{\"code\":\"YMH-1\",\"name\":{\"en\":\"Waiting\",\"fr\":\"Attente\"},\"targets\":[{\"period\":\"2028\",\"value\":\"30\"},{\"period\":\"2029\",\"value\":\"20\",\"upper\":\"25\"}]}",
        IndicatorForm.class);

    assertThat(form.name()).containsEntry("fr", "Attente");
    assertThat(form.targets()).hasSize(2);
    assertThat(form.targets().get(1).upper()).isEqualTo("25");
    assertThat(form.targets().get(0).period()).isEqualTo("2028");
  }
}

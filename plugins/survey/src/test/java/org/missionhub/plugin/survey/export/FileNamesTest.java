package org.missionhub.plugin.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void aTitleBecomesAPlainAsciiNameInEveryLanguage() {
    assertThat(FileNames.responsesCsv("Missions needs assessment 2026")).isEqualTo("missions-needs-assessment-2026-responses.csv");
    assertThat(FileNames.slug("Évaluation des besoins : vague n° 2")).isEqualTo("evaluation-des-besoins-vague-n-2");
    assertThat(FileNames.slug("Behovsanalyse for missioner, bølge 2 (Århus)")).isEqualTo("behovsanalyse-for-missioner-bolge-2-arhus");
  }

  @Test
  void aNameStaysShortAndNeverEmpty() {
    assertThat(FileNames.slug("a".repeat(50) + " " + "b".repeat(50))).isEqualTo("a".repeat(50) + "-" + "b".repeat(9));
    assertThat(FileNames.codebookCsv("«»")).isEqualTo("campaign-codebook.csv");
    // quotes and slashes cannot break out of the Content-Disposition header or into a folder
    assertThat(FileNames.responsesJson("\"../x\"")).isEqualTo("x-responses.json");
  }
}

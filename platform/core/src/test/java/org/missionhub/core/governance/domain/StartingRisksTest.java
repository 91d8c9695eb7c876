package org.missionhub.core.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;

class StartingRisksTest {

  @Test
  void theFourRisksPractitionersNameMostAreProposedNotOpen() {
    List<RiskRecord> proposals = StartingRisks.in(Locale.ENGLISH);

    assertThat(proposals).extracting(RiskRecord::category)
        .containsExactly(RiskCategory.SILOS, RiskCategory.LOSS_OF_MOMENTUM, RiskCategory.LACK_OF_COMMITTED_SUPPORT, RiskCategory.MISALIGNED_BUDGETS);
    assertThat(proposals).allSatisfy(p -> {
      assertThat(p.status()).isEqualTo(RiskStatus.PROPOSED);
      assertThat(p.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
      assertThat(p.description()).isNotBlank();
      assertThat(p.mitigation()).isNotBlank();
      assertThat(p.likelihood() * p.impact()).isLessThan(Risk.HIGH_SCORE);
    });
  }

  @Test
  void theyAreWrittenInTheFirstLanguageAskedForThatMissionHubSpeaks() {
    assertThat(StartingRisks.supported(List.of(Locale.GERMAN, Locale.forLanguageTag("da-DK"), Locale.FRENCH))).isEqualTo(Locale.forLanguageTag("da"));
    assertThat(StartingRisks.supported(List.of(Locale.GERMAN))).isEqualTo(Locale.ROOT);
    assertThat(StartingRisks.in(Locale.FRENCH).get(0).title()).startsWith("Cloisonnement");
    assertThat(StartingRisks.in(Locale.forLanguageTag("da")).get(0).title()).startsWith("Siloer");
    assertThat(StartingRisks.in(Locale.GERMAN).get(0).title()).startsWith("Silos between");
    // the same risks, in every language
    assertThat(StartingRisks.in(Locale.FRENCH)).extracting(RiskRecord::category).isEqualTo(StartingRisks.in(Locale.ENGLISH).stream().map(RiskRecord::category).toList());
  }
}

package org.missionhub.core.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.DomainObjects.T0;
import static org.missionhub.core.testing.DomainObjects.mission;
import static org.missionhub.core.testing.DomainObjects.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.mission.domain.Mission;

class RiskTest {

  private final Mission mission = mission(organisation("lead-org"));

  private static RiskRecord record(Integer likelihood, Integer impact) {
    return new RiskRecord("Budget cut", "  ", RiskCategory.MISALIGNED_BUDGETS, likelihood, impact, " Finance ", null, null);
  }

  @ParameterizedTest(name = "{0} x {1} = {2}, high: {3}")
  @CsvSource({"1,1,1,false", "2,5,10,false", "3,4,12,false", "4,3,12,false", "3,5,15,true", "5,3,15,true", "4,4,16,true", "5,5,25,true"})
  void scoreIsLikelihoodTimesImpactAndHighFromFifteen(int likelihood, int impact, int score, boolean high) {
    // when
    Risk risk = new Risk(mission, record(likelihood, impact), T0);

    // then
    assertThat(risk.score()).isEqualTo(score);
    assertThat(risk.isHigh()).isEqualTo(high);
  }

  @Test
  void theHighThresholdIsFifteen() {
    // then
    assertThat(Risk.HIGH_SCORE).isEqualTo(15);
    assertThat(Risk.ACTIVE).containsExactlyInAnyOrder(RiskStatus.OPEN, RiskStatus.MITIGATING);
  }

  @Test
  void revisingRecomputesTheScore() {
    // given
    Risk risk = new Risk(mission, record(2, 2), T0);

    // when
    risk.revise(record(5, 4), T0.plusDays(1));

    // then
    assertThat(risk.score()).isEqualTo(20);
    assertThat(risk.isHigh()).isTrue();
    assertThat(risk.updatedAt()).isEqualTo(T0.plusDays(1));
  }

  @Test
  void aNewRiskIsOpenWithTrimmedText() {
    // when
    Risk risk = new Risk(mission, record(3, 3), T0);

    // then
    assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
    assertThat(risk.description()).isNull();
    assertThat(risk.owner()).isEqualTo("Finance");
  }

  @ParameterizedTest
  @CsvSource(value = {"0,3", "6,3", "3,0", "3,6", "NULL,3", "3,NULL"}, nullValues = "NULL")
  void likelihoodAndImpactOutsideOneToFiveAreRefused(Integer likelihood, Integer impact) {
    // when / then
    assertThatThrownBy(() -> new Risk(mission, record(likelihood, impact), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5");
  }
}

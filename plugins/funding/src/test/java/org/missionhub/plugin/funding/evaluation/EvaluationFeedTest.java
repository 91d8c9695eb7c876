package org.missionhub.plugin.funding.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.api.mission.MissionId;
import org.missionhub.plugin.evaluation.api.FigureProvider.Figure;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.model.Stage;

/** The funding figures an indicator is fed from: the running total of a stage, in the mission's currency, by day. */
class EvaluationFeedTest {

  private static final MissionId MISSION = MissionId.of("00000000-0000-4000-8000-0000000000aa");

  private static Flow flow(String id, String initiative, Stage stage, String date, String amount, String currency) {
    return new Flow(id, MISSION.toString(), "f", initiative, stage, LocalDate.parse(date), Money.of(amount, currency), false, null, null, "org", 1);
  }

  private final FundingPlan plan = new FundingPlan(
      new Rates(Currency.getInstance("EUR"), List.of(new Rates.Rate(Currency.getInstance("DKK"), LocalDate.of(2026, 1, 1), new BigDecimal("0.1341")))),
      List.of(), List.of(),
      List.of(
          flow("a", "schools", Stage.COMMITMENT, "2026-02-01", "1000.00", "EUR"),
          flow("b", "clinics", Stage.COMMITMENT, "2026-02-01", "10000.00", "DKK"),
          flow("c", "schools", Stage.DISBURSEMENT, "2026-03-01", "400.00", "EUR"),
          flow("d", "schools", Stage.COMMITMENT, "2026-05-10", "500.00", "EUR"),
          flow("e", "schools", Stage.COMMITMENT, "2025-12-01", "99.00", "DKK")));

  @Test
  void theMissionsRunningTotalOnceADay() {
    // the DKK commitment of 2025 has no rate for its day: left out, never counted as nothing
    List<Figure> figures = EvaluationFeed.running(plan, EvaluationFeed.MISSION, Stage.COMMITMENT, MISSION);
    assertThat(figures).extracting(Figure::measuredOn).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 10));
    assertThat(figures).extracting(Figure::value).containsExactly(new BigDecimal("2341.00"), new BigDecimal("2841.00"));
    assertThat(figures.get(0).source()).isEqualTo("Funding plan: commitment to date, EUR");
    assertThat(figures.get(0).origin()).isEqualTo("funding:" + MISSION);
  }

  @Test
  void oneInitiativesStage() {
    assertThat(EvaluationFeed.running(plan, "schools", Stage.DISBURSEMENT, MISSION)).extracting(Figure::value).containsExactly(new BigDecimal("400.00"));
    assertThat(EvaluationFeed.running(plan, "clinics", Stage.EXPENDITURE, MISSION)).isEmpty();
  }
}

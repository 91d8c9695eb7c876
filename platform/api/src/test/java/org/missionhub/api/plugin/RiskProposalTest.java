package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.missionhub.api.governance.RiskCategory;

class RiskProposalTest {

  private static final LocalizedText TITLE = LocalizedText.of("en", "Lack of committed funding", "fr", "Manque de financements engagés");
  private static final LocalizedText WHY = LocalizedText.of("en", "Commitments cover 10 % of the need");

  @Test
  void aProposalHasAKeyScoresAndTexts() {
    RiskProposal proposal = new RiskProposal("committed-support", RiskCategory.LACK_OF_COMMITTED_SUPPORT, 4, 4, TITLE, WHY, null);
    assertThat(proposal.title().in(java.util.Locale.FRENCH)).isEqualTo("Manque de financements engagés");
    assertThat(proposal.mitigation()).isNull();
  }

  @Test
  void refusesWhatTheRegisterCouldNotHold() {
    assertThatThrownBy(() -> new RiskProposal("Committed support", RiskCategory.OTHER, 3, 3, TITLE, WHY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> new RiskProposal("k", RiskCategory.OTHER, 0, 3, TITLE, WHY, null)).hasMessageContaining("1 to 5");
    assertThatThrownBy(() -> new RiskProposal("k", RiskCategory.OTHER, 3, 6, TITLE, WHY, null)).hasMessageContaining("1 to 5");
    assertThatThrownBy(() -> new RiskProposal("k", RiskCategory.OTHER, 3, 3, LocalizedText.of("en", "x".repeat(201)), WHY, null))
        .hasMessageContaining("200 characters");
    assertThatThrownBy(() -> new RiskProposal("k", null, 3, 3, TITLE, WHY, null)).isInstanceOf(NullPointerException.class);
  }
}

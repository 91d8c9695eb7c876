package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginTimingsTest {

  @Test
  void anOperationIsNamedLikeAMetricsTagNeverLikeATenant() {
    assertThat(PluginTimings.checkOperation("report")).isEqualTo("report");
    assertThat(PluginTimings.checkOperation("filtered_report")).isEqualTo("filtered_report");
    for (String wrong : new String[] {"", "Report", "report-2", "1report", "report of ministry-social-affairs", "r".repeat(41)}) {
      assertThatThrownBy(() -> PluginTimings.checkOperation(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operation");
    }
    assertThatThrownBy(() -> PluginTimings.checkOperation(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void untimedRunsTheWorkAndPassesItsResultAndItsFailureOn() {
    PluginTimings untimed = PluginTimings.untimed();
    assertThat(untimed.time("report", () -> 42)).isEqualTo(42);
    assertThatThrownBy(() -> untimed.time("report", () -> {
      throw new IllegalStateException("failing on purpose");
    })).isInstanceOf(IllegalStateException.class).hasMessage("failing on purpose");
    assertThatThrownBy(() -> untimed.time("Not A Name", () -> 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

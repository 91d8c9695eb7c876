package org.missionhub.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeTest {

  @ParameterizedTest
  @CsvSource({
    "'[1.0.0,2.0.0)', 1.0.0, true",
    "'[1.0.0,2.0.0)', 1.9.9, true",
    "'[1.0.0,2.0.0)', 2.0.0, false",
    "'[1.0.0,2.0.0)', 0.9.0, false",
    "'(1.0.0,2.0.0]', 1.0.0, false",
    "'(1.0.0,2.0.0]', 2.0.0, true",
    "'[1.2.0,)', 9.0.0, true",
    "'[1.2.0,)', 1.1.9, false",
    "'(,3.0.0]', 0.0.1, true",
    "1.2.0, 1.2.0, true",
    "1.2.0, 1.9.0, true",
    "1.2.0, 2.0.0, false",
    "1.2.0, 1.1.0, false",
    "'[1.0.0,2.0.0)', 1.5.0-SNAPSHOT, true"
  })
  void containsWhatTheNotationSays(String range, String version, boolean contained) {
    assertThat(VersionRange.parse(range).contains(SemanticVersion.parse(version))).isEqualTo(contained);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.0", "[1.0.0", "[1.0.0,2.0.0,3.0.0]", "[2.0.0,1.0.0)", "x.y.z", "[1.0.0;2.0.0)"})
  void refusesWhatIsNotARange(String text) {
    assertThatThrownBy(() -> VersionRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"1.0.0, 1.0.1, -1", "1.10.0, 1.9.0, 1", "2.0.0, 2.0.0, 0"})
  void versionsCompareNumerically(String a, String b, int sign) {
    assertThat(Integer.signum(SemanticVersion.parse(a).compareTo(SemanticVersion.parse(b)))).isEqualTo(sign);
  }
}

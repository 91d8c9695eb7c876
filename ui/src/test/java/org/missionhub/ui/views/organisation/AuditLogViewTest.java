package org.missionhub.ui.views.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit log's one-line summary of a change, as the grid shows it. */
class AuditLogViewTest {

  @Test
  void changedValuesBeforeAndAfterWithoutEmptyOnes() {
    assertThat(AuditLogView.summary("{\"description\":{\"after\":null},\"title\":{\"before\":\"Audited\",\"after\":\"Renamed\"},\"impact\":{\"after\":5}}"))
        .isEqualTo("title: Audited → Renamed; impact: 5");
    assertThat(AuditLogView.summary("")).isEmpty();
    assertThat(AuditLogView.summary("not json")).isEqualTo("not json");
  }
}

package org.missionhub.core.activity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.core.shared.ApplicationException;

/** The activity's paging cursor, and the order it pages in. */
class ActivityCursorTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-06T10:15:30.123456Z");

  private static ActivityItem item(OffsetDateTime at, int sequence, String organisation, String id) {
    return new ActivityItem(id, at, sequence, organisation, "s", "Anna", "risk.created", "risk", "r", List.of("title"));
  }

  @Test
  void aCursorGoesToTheClientAndBackUnchanged() {
    ActivityCursor cursor = ActivityCursor.after(item(T, 3, "org-b", "e-1"));
    assertThat(ActivityCursor.parse(cursor.toString())).contains(cursor);
    assertThat(ActivityCursor.parse(" ")).isEmpty();
  }

  @Test
  void whatFollowsACursorIsOlderOrLaterInTheSameTransactionOrder() {
    ActivityCursor cursor = ActivityCursor.after(item(T, 3, "org-b", "e-5"));
    assertThat(cursor.precedes(item(T.minusNanos(1000), 9, "org-a", "e-9"))).as("older").isTrue();
    assertThat(cursor.precedes(item(T, 2, "org-z", "e-0"))).as("earlier in the same transaction").isTrue();
    assertThat(cursor.precedes(item(T, 3, "org-a", "e-9"))).as("a tie, settled by organisation").isTrue();
    assertThat(cursor.precedes(item(T, 3, "org-b", "e-4"))).as("a tie, settled by id").isTrue();
    assertThat(cursor.precedes(item(T, 3, "org-b", "e-5"))).as("itself").isFalse();
    assertThat(cursor.precedes(item(T, 4, "org-a", "e-1"))).as("later in the transaction: already shown").isFalse();
  }

  @Test
  void aCursorNotGivenByTheApiIsRefusedNamingIt() {
    assertThatThrownBy(() -> ActivityCursor.parse("not-a-cursor")).isInstanceOf(ApplicationException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> ActivityCursor.parse(java.util.Base64.getUrlEncoder().encodeToString("2026|x".getBytes()))).isInstanceOf(ApplicationException.class);
  }
}

package org.missionhub.core.activity.application;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.missionhub.core.shared.ApplicationException;

/**
 * Where a page of activity ends: the last entry's time and id. The next page holds what is older, so paging costs
 * the same on the thousandth page as on the first (no offset to skip), and new activity does not shift the pages.
 */
public record ActivityCursor(OffsetDateTime occurredAt, int sequence, String organisationId, String id) {

  /** The cursor a client sends back ({@code before}), opaque to it; empty for the first page. */
  public static Optional<ActivityCursor> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException("four parts expected");
      }
      return Optional.of(new ActivityCursor(OffsetDateTime.parse(parts[0]), Integer.parseInt(parts[1]), parts[2], parts[3]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ApplicationException.invalid("before", "is not a cursor this API gave (use the page's next)");
    }
  }

  /** Whether the item comes after this cursor, newest first (is older than the page that ended here). */
  public boolean precedes(ActivityItem item) {
    return ActivityItem.NEWEST_FIRST.compare(new ActivityItem(id, occurredAt, sequence, organisationId, "", "", "", "", "", java.util.List.of()), item) < 0;
  }

  public static ActivityCursor after(ActivityItem item) {
    return new ActivityCursor(item.occurredAt(), item.sequence(), item.organisationId(), item.id());
  }

  @Override
  public String toString() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((occurredAt + "|" + sequence + "|" + organisationId + "|" + id).getBytes(StandardCharsets.UTF_8));
  }
}

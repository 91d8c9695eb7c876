package org.missionhub.core.activity.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One change in a mission's activity: who, when, what ({@code risk.updated}), on which item, and the names of the
 * attributes it changed — never their values, which the organisation that recorded the change may hold privately
 * (a plugin's confidential amount, a hidden comment's text).
 *
 * @param sequence its place among the changes of one transaction (which share a time)
 * @param organisationId the organisation whose log recorded it (the one the person worked for)
 */
public record ActivityItem(
    String id, OffsetDateTime occurredAt, int sequence, String organisationId, String actorSubject, String actorName, String action, String entityType, String entityId,
    List<String> attributes) {

  public ActivityItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    attributes = List.copyOf(attributes);
  }

  /** Newest first: by time, then place in its transaction, then organisation and id (a total order). */
  public static final java.util.Comparator<ActivityItem> NEWEST_FIRST = java.util.Comparator.comparing(ActivityItem::occurredAt)
      .thenComparingInt(ActivityItem::sequence)
      .thenComparing(ActivityItem::organisationId)
      .thenComparing(ActivityItem::id)
      .reversed();
}

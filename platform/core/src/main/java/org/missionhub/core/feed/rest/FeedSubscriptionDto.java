package org.missionhub.core.feed.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.missionhub.core.feed.domain.FeedSubscription;

/**
 * A feed subscription as listed. The address holding the secret ({@code url}) is only in the answer to the
 * subscription itself: MissionHub does not keep it.
 */
public record FeedSubscriptionDto(
    String id,
    String plugin,
    String feed,
    String missionId,
    String subscriber,
    String subscriberName,
    OffsetDateTime createdAt,
    OffsetDateTime lastReadAt,
    @Schema(description = "The secret address to give a calendar or reader; only when subscribing, never again") String url) {

  static FeedSubscriptionDto from(FeedSubscription s, String url) {
    return new FeedSubscriptionDto(
        s.id(), s.pluginId(), s.feedId(), s.missionId().orElse(null), s.subject(), s.subscriberName(), s.createdAt(), s.lastReadAt().orElse(null), url);
  }
}

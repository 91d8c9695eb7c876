package org.missionhub.core.feed.application;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.feed.domain.FeedSecret;
import org.missionhub.core.feed.domain.FeedSubscription;
import org.missionhub.core.feed.persistence.FeedSubscriptionRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Finds the subscription behind a feed address: the organisation named in the address is bound as tenant
 * first, so the secret is looked up among that organisation's subscriptions only (and, on PostgreSQL,
 * under its row-level security).
 */
@ApplicationService
public class FeedSecrets {

  /** How often a read is noted on the subscription, at most. */
  static final Duration READ_NOTED_EVERY = Duration.ofHours(1);

  @Inject OrganisationRepository organisations;
  @Inject FeedSubscriptionRepository subscriptions;
  @Inject Tenancy tenancy;
  @Inject TimeSource time;

  /** What a read needs of a subscription, taken out of the transaction. */
  public record Subscriber(String subscriptionId, String subject, String name, String pluginId, String feedId, Optional<String> missionId) {}

  public Optional<Subscriber> find(String slug, FeedSecret secret) {
    return organisations
        .findBySlug(slug)
        .filter(o -> o.status() == OrganisationStatus.ACTIVE)
        .flatMap(
            organisation -> {
              tenancy.bind(organisation.id());
              return subscriptions.findBySecretHash(secret.hash());
            })
        .filter(s -> !s.isRevoked())
        .map(FeedSecrets::subscriber);
  }

  /** Notes that the address was read (at most once an hour), in the organisation the read entered. */
  public void noteRead(String subscriptionId) {
    var now = time.now();
    subscriptions.find(subscriptionId).ifPresent(s -> s.noteRead(now, READ_NOTED_EVERY));
  }

  private static Subscriber subscriber(FeedSubscription s) {
    return new Subscriber(s.id(), s.subject(), s.subscriberName(), s.pluginId(), s.feedId(), s.missionId());
  }
}

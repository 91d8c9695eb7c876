package org.missionhub.core.feed.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FeedSecretTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aSecretIs256RandomBitsInUrlSafeTextAndOnlyItsHashIsKept() {
    FeedSecret one = FeedSecret.generate(random);
    FeedSecret other = FeedSecret.generate(random);

    assertThat(one.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(FeedSecret.isWellFormed(one.value())).isTrue();
    assertThat(one.value()).isNotEqualTo(other.value());
    assertThat(one.hash()).hasSize(64).isEqualTo(new FeedSecret(one.value()).hash()).isNotEqualTo(other.hash());
    assertThat(one.toString()).doesNotContain(one.value());
    FeedSubscription subscription = new FeedSubscription("anna", "Anna Holm", "roadmap", "milestones", null, one, OffsetDateTime.parse("2026-12-05T10:00:00Z"));
    assertThat(subscription.auditState().values()).doesNotContain(one.value(), one.hash());
  }

  @Test
  void textThatCannotBeASecretIsRecognisedBeforeAnyLookup() {
    assertThat(FeedSecret.isWellFormed(null)).isFalse();
    assertThat(FeedSecret.isWellFormed("short")).isFalse();
    assertThat(FeedSecret.isWellFormed("A".repeat(42) + "/")).isFalse();
    assertThat(FeedSecret.isWellFormed("A".repeat(42) + "é")).isFalse();
    assertThat(FeedSecret.isWellFormed("A".repeat(44))).isFalse();
  }

  @Test
  void readsAreNotedAtMostOncePerPeriodAndRevokingIsFinal() {
    OffsetDateTime now = OffsetDateTime.parse("2026-12-05T10:00:00Z");
    FeedSubscription subscription = new FeedSubscription("anna", "Anna Holm", "roadmap", "my-milestones", null, FeedSecret.generate(random), now);

    subscription.noteRead(now.plusMinutes(1), Duration.ofHours(1));
    subscription.noteRead(now.plusMinutes(30), Duration.ofHours(1));
    assertThat(subscription.lastReadAt()).contains(now.plusMinutes(1));
    subscription.noteRead(now.plusMinutes(62), Duration.ofHours(1));
    assertThat(subscription.lastReadAt()).contains(now.plusMinutes(62));

    subscription.revoke(now.plusHours(2));
    subscription.revoke(now.plusHours(3));
    assertThat(subscription.isRevoked()).isTrue();
    assertThat(subscription.revokedAt()).contains(now.plusHours(2));
  }
}

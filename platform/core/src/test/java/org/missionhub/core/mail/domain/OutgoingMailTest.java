package org.missionhub.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  private final OffsetDateTime now = OffsetDateTime.parse("2026-12-07T08:00:00Z");

  private OutgoingMail mail() {
    return new OutgoingMail("sub-1", "a@example.org", "mentions", "en", new ComposedMail("Hi", "text", "<p>html</p>"), "secret", now);
  }

  @Test
  void aClaimHoldsOtherServersOffUntilItRunsOut() {
    OutgoingMail mail = mail();
    assertThat(mail.isClaimable(now)).isTrue();
    mail.claim("server-a", now, Duration.ofMinutes(2));
    assertThat(mail.isClaimable(now.plusMinutes(1))).isFalse();
    assertThatThrownBy(() -> mail.claim("server-b", now.plusMinutes(1), Duration.ofMinutes(2))).isInstanceOf(IllegalStateException.class);
    assertThat(mail.isClaimable(now.plusMinutes(3))).as("the claim of a server that died runs out").isTrue();
  }

  @Test
  void failedAttemptsWaitLongerEachTimeThenGiveUp() {
    OutgoingMail mail = mail();
    OffsetDateTime at = now;
    Duration previous = Duration.ZERO;
    for (int attempt = 1; attempt < RetrySchedule.maxAttempts(); attempt++) {
      mail.claim("server-a", at, Duration.ofMinutes(2));
      mail.failed("421 try later", at);
      Duration wait = Duration.between(at, mail.nextAttemptAt());
      assertThat(wait).isGreaterThan(previous);
      assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
      assertThat(mail.isClaimable(at)).as("not before its wait").isFalse();
      previous = wait;
      at = mail.nextAttemptAt();
    }
    mail.claim("server-a", at, Duration.ofMinutes(2));
    mail.failed("550 no such user", at);
    assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
    assertThat(mail.attempts()).isEqualTo(RetrySchedule.maxAttempts());
    assertThat(mail.lastError()).contains("550 no such user");
    assertThat(mail.isClaimable(at.plusDays(1))).isFalse();
  }

  @Test
  void aSentMailIsDoneAndAWithdrawnOneIsNotSent() {
    OutgoingMail sent = mail();
    sent.claim("server-a", now, Duration.ofMinutes(2));
    sent.sent(now.plusSeconds(1));
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.sentAt()).contains(now.plusSeconds(1));
    assertThat(sent.isClaimable(now.plusHours(1))).isFalse();
    OutgoingMail withdrawn = mail();
    withdrawn.withdraw("no longer sees the mission");
    assertThat(withdrawn.isClaimable(now)).isFalse();
  }

  @Test
  void aSubjectLineIsOneLine() {
    assertThatThrownBy(() -> new ComposedMail("Hi\r\nBcc: x@example.org", "t", "h")).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.missionhub.core.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.core.shared.WorkClaim;

/**
 * An e-mail of the outbox: written in the transaction of the change it tells about, claimed by one server for
 * a while (the version makes two claims at once conflict), sent, or retried on the {@link RetrySchedule}.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "recipient_subject", nullable = false, updatable = false, length = 255)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 320)
  private String address;

  @Column(nullable = false, updatable = false, length = 60)
  private String topic;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(name = "mail_subject", nullable = false, updatable = false, length = 300)
  private String mailSubject;

  @Column(name = "body_text", nullable = false, updatable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false, updatable = false)
  private String bodyHtml;

  @Column(name = "unsubscribe_secret", nullable = false, updatable = false, length = 64)
  private String unsubscribeSecret;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Embedded private WorkClaim claim = new WorkClaim();

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected OutgoingMail() {}

  /**
   * @param list what the e-mail's unsubscribe link stops: a topic's key, or {@code digest:DAILY} / {@code
   *     digest:WEEKLY} for a digest (every topic gathered at that frequency)
   */
  public OutgoingMail(String recipient, String address, String list, String language, ComposedMail mail, String unsubscribeSecret, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.address = Objects.requireNonNull(address, "address");
    this.topic = Objects.requireNonNull(list, "list");
    this.language = Objects.requireNonNull(language, "language");
    this.mailSubject = mail.subject().length() > 300 ? mail.subject().substring(0, 299) + "…" : mail.subject();
    this.bodyText = mail.text();
    this.bodyHtml = mail.html();
    this.unsubscribeSecret = Objects.requireNonNull(unsubscribeSecret, "unsubscribeSecret");
    this.status = MailStatus.PENDING;
    this.nextAttemptAt = Objects.requireNonNull(now, "now");
    this.createdAt = now;
  }

  /** Whether a server may claim it now: pending, due, and not held by a live claim. */
  public boolean isClaimable(OffsetDateTime now) {
    return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now) && claim().isFree(now);
  }

  public void claim(String server, OffsetDateTime now, Duration hold) {
    if (!isClaimable(now)) {
      throw new IllegalStateException("this e-mail is not claimable now");
    }
    claim().take(server, now, hold);
  }

  public void sent(OffsetDateTime now) {
    status = MailStatus.SENT;
    attempts++;
    sentAt = now;
    claim().release();
    lastError = null;
  }

  /** A failed attempt: waits for the next, or gives up after the last. */
  public void failed(String error, OffsetDateTime now) {
    attempts++;
    lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    claim().release();
    Optional<Duration> wait = RetrySchedule.after(attempts);
    if (wait.isPresent()) {
      nextAttemptAt = now.plus(wait.get());
    } else {
      status = MailStatus.FAILED;
    }
  }

  /** Not to be sent after all (the person no longer sees what it tells about). */
  public void withdraw(String why) {
    status = MailStatus.FAILED;
    lastError = why;
    claim().release();
  }

  /** (EclipseLink leaves an embedded object null when all its columns are.) */
  private WorkClaim claim() {
    if (claim == null) {
      claim = new WorkClaim();
    }
    return claim;
  }

  public String id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String address() {
    return address;
  }

  /** What the unsubscribe link stops: a topic's key, or {@code digest:<FREQUENCY>}. */
  public String list() {
    return topic;
  }

  /** The secret of the e-mail's unsubscribe link. */
  public String unsubscribeSecret() {
    return unsubscribeSecret;
  }

  public String language() {
    return language;
  }

  public ComposedMail content() {
    return new ComposedMail(mailSubject, bodyText, bodyHtml);
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<OffsetDateTime> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}

package org.missionhub.core.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's visits: when they were last seen, and when their previous visit ended. Half an hour without being
 * seen ends a visit, so "since your last visit" stays put while the person works and moves on when they come back.
 */
@Entity
@Table(name = "person_visit")
public class PersonVisit {

  /** Quiet for this long, a visit is over. */
  public static final Duration VISIT_ENDS_AFTER = Duration.ofMinutes(30);

  /** Being seen is written at most this often. */
  public static final Duration NOTED_EVERY = Duration.ofMinutes(1);

  @Id
  @Column(length = 255)
  private String subject;

  @Column(name = "last_seen_at", nullable = false)
  private OffsetDateTime lastSeenAt;

  @Column(name = "previous_visit_at")
  private OffsetDateTime previousVisitAt;

  @Version private long version;

  protected PersonVisit() {}

  public PersonVisit(String subject, OffsetDateTime now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.lastSeenAt = Objects.requireNonNull(now, "now");
  }

  /** The person is seen now; true if that changed anything to write. */
  public boolean seen(OffsetDateTime now) {
    if (now.isBefore(lastSeenAt.plus(NOTED_EVERY))) {
      return false;
    }
    if (now.isAfter(lastSeenAt.plus(VISIT_ENDS_AFTER))) {
      previousVisitAt = lastSeenAt;
    }
    lastSeenAt = now;
    return true;
  }

  /** When the previous visit ended: what happened after it is new to the person. */
  public Optional<OffsetDateTime> previousVisit() {
    return Optional.ofNullable(previousVisitAt);
  }

  public String subject() {
    return subject;
  }
}

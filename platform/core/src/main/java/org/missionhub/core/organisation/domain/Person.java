package org.missionhub.core.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A person known to MissionHub, identified by the identity provider's subject. One person can belong to
 * several organisations. Name and e-mail follow the identity provider; they are not organisation data.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @Column(length = 255)
  private String subject;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 320)
  private String email;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Person() {}

  public Person(String subject, String displayName, String email, OffsetDateTime now) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    this.subject = subject;
    this.createdAt = Objects.requireNonNull(now, "now");
    rename(displayName, email, now);
  }

  /** Takes over name and e-mail as the identity provider reports them; returns whether anything changed. */
  public boolean rename(String displayName, String email, OffsetDateTime now) {
    String name = displayName == null || displayName.isBlank() ? subject : displayName.strip();
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (name.equals(this.displayName) && Objects.equals(mail, this.email)) {
      return false;
    }
    this.displayName = name;
    this.email = mail;
    this.updatedAt = now;
    return true;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }
}

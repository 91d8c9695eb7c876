package org.missionhub.core.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in Keycloak ended (a back-channel logout), kept for every server of a cluster: its Keycloak session, or,
 * when the logout named none, every sign-in of the person that began before it ended.
 */
@Entity
@Table(name = "ended_sign_in")
public class EndedSignIn {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "keycloak_session", updatable = false, length = 100)
  private String keycloakSession;

  @Column(updatable = false, length = 100)
  private String subject;

  @Column(name = "ended_at", nullable = false, updatable = false)
  private OffsetDateTime endedAt;

  protected EndedSignIn() {}

  public EndedSignIn(String keycloakSession, String subject, OffsetDateTime endedAt) {
    if (keycloakSession == null && subject == null) {
      throw new IllegalArgumentException("an ended sign-in names its Keycloak session or its person");
    }
    this.id = UUID.randomUUID().toString();
    this.keycloakSession = keycloakSession;
    this.subject = subject;
    this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
  }

  public String id() {
    return id;
  }

  /** Null when every sign-in of the person ended. */
  public String keycloakSession() {
    return keycloakSession;
  }

  public String subject() {
    return subject;
  }

  public OffsetDateTime endedAt() {
    return endedAt;
  }

  /** Whether a sign-in of {@code subject} in {@code session}, begun at {@code began}, is one of those that ended. */
  public boolean ends(String session, String person, OffsetDateTime began) {
    if (keycloakSession != null) {
      return keycloakSession.equals(session);
    }
    return subject.equals(person) && !began.isAfter(endedAt);
  }
}

package org.missionhub.core.mail.domain;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** Accepted by the mail server. */
  SENT,
  /** Given up after the last attempt, or no longer to be sent (the person cannot see it any more). */
  FAILED
}

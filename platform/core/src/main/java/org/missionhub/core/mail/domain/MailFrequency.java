package org.missionhub.core.mail.domain;

/** How often a person is e-mailed about a topic. Notices are always kept in the application. */
public enum MailFrequency {
  /** One e-mail per notice, as soon as the change is saved. */
  IMMEDIATELY,
  /** Gathered in one e-mail a day. */
  DAILY,
  /** Gathered in one e-mail a week. */
  WEEKLY,
  /** No e-mail; the bell only. */
  NEVER;

  public boolean isDigest() {
    return this == DAILY || this == WEEKLY;
  }
}

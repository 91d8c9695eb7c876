package org.missionhub.core.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.missionhub.core.shared.TimeSource;

/**
 * Sends a notice: stored for the application in the caller's transaction, and e-mailed as the person chose
 * (core's mail package observes {@link NoticeWritten} in the same transaction).
 */
@ApplicationScoped
public class Notices {

  @Inject TimeSource time;
  @Inject Event<NoticeWritten> written;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /**
   * @param email where to e-mail it instead of the person's own address, or null
   * @param subject the e-mail's subject line, or null for one made of the message
   */
  public Notice send(String recipient, String email, String kind, String subject, String message) {
    return send(recipient, email, kind, subject, message, null);
  }

  /** @param link where the notice leads in the web application ({@code missions/<id>}), or null */
  public Notice send(String recipient, String email, String kind, String subject, String message, String link) {
    Notice notice = new Notice(recipient, kind, message, link, time.now());
    em.persist(notice);
    written.fire(new NoticeWritten(notice, Optional.ofNullable(email), Optional.ofNullable(subject)));
    return notice;
  }
}

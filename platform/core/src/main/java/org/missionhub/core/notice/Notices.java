package org.missionhub.core.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.missionhub.core.shared.TimeSource;

/** Sends a notice: stored for the application in the caller's transaction, e-mailed once it commits. */
@ApplicationScoped
public class Notices {

  @Inject TimeSource time;
  @Inject Event<NoticeSent> sent;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /**
   * @param email where to e-mail it too, or null
   * @param subject the e-mail's subject line
   */
  public Notice send(String recipient, String email, String kind, String subject, String message) {
    return send(recipient, email, kind, subject, message, null);
  }

  /** @param link where the notice leads in the web application ({@code missions/<id>}), or null */
  public Notice send(String recipient, String email, String kind, String subject, String message, String link) {
    Notice notice = new Notice(recipient, kind, message, link, time.now());
    em.persist(notice);
    if (email != null) {
      sent.fire(new NoticeSent(email, subject, message));
    }
    return notice;
  }
}

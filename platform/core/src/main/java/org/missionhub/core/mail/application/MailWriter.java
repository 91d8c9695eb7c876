package org.missionhub.core.mail.application;

import org.missionhub.core.mail.domain.MailTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.missionhub.core.feed.domain.FeedSecret;
import org.missionhub.core.mail.domain.ComposedMail;
import org.missionhub.core.mail.domain.MailFrequency;
import org.missionhub.core.mail.domain.OutgoingMail;
import org.missionhub.core.shared.TimeSource;

/**
 * Writes an e-mail to the outbox in the caller's transaction, with a fresh random unsubscribe secret of its own
 * (256 bits, as a feed address's).
 */
@ApplicationScoped
public class MailWriter {

  private final SecureRandom random = new SecureRandom();

  @Inject MailConfiguration config;
  @Inject TimeSource time;
  @Inject Event<MailQueued> queued;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** One notice in an e-mail of its own. */
  public OutgoingMail single(Recipient to, String list, String topicName, MailTemplates.Item item, java.util.Optional<String> subjectLine) {
    return write(to, list, secret -> templates(to).single(to.name(), item, footer(topicName, MailFrequency.IMMEDIATELY, secret), subjectLine));
  }

  /** Several notices in one digest. */
  public OutgoingMail digest(Recipient to, MailFrequency frequency, String topicName, List<MailTemplates.Item> items) {
    return write(to, "digest:" + frequency, secret -> templates(to).digest(to.name(), frequency, items, footer(topicName, frequency, secret)));
  }

  /** Who an e-mail goes to, in which language. */
  public record Recipient(String subject, String name, String address, Locale language) {}

  private OutgoingMail write(Recipient to, String list, java.util.function.Function<String, ComposedMail> compose) {
    FeedSecret secret = FeedSecret.generate(random);
    ComposedMail content = compose.apply(secret.value());
    OutgoingMail mail = new OutgoingMail(to.subject(), to.address(), list, MailTexts.in(to.language()).language().getLanguage(), content, secret.value(), time.now());
    em.persist(mail);
    queued.fire(new MailQueued(mail.id()));
    return mail;
  }

  private MailTemplates.Footer footer(String topicName, MailFrequency frequency, String secret) {
    return new MailTemplates.Footer(topicName, frequency, config.settingsAddress(), config.unsubscribeAddress(secret));
  }

  private static MailTemplates templates(Recipient to) {
    return new MailTemplates(MailTexts.in(to.language()));
  }
}

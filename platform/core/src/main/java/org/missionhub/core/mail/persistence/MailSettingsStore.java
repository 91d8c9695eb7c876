package org.missionhub.core.mail.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.core.mail.domain.MailSettings;

/**
 * People's mail settings. Someone who never chose has none stored and gets the defaults (English, every topic
 * at once): sending a notice never writes settings, so two notices to a new person at once cannot collide.
 */
@ApplicationScoped
public class MailSettingsStore {

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<MailSettings> find(String subject) {
    return Optional.ofNullable(subject == null ? null : em.find(MailSettings.class, subject));
  }

  /** The language to write to the person in: the one they chose, else English. */
  public Locale languageOf(String subject) {
    return find(subject).map(MailSettings::language).orElse(Locale.ENGLISH);
  }

  /** The person's settings, created in {@code language} if they have none yet (when they choose something). */
  public MailSettings findOrCreate(String subject, Locale language, java.time.OffsetDateTime now) {
    return find(subject).orElseGet(() -> {
      MailSettings created = new MailSettings(subject, language, now);
      em.persist(created);
      return created;
    });
  }
}

package org.missionhub.core.mail.application;

import org.missionhub.core.mail.persistence.MailSettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.missionhub.core.mail.domain.DigestSchedule;
import org.missionhub.core.mail.domain.MailFrequency;
import org.missionhub.core.mail.domain.MailSettings;
import org.missionhub.core.mail.domain.MailTopic;
import org.missionhub.core.notice.Notice;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.PersonRepository;
import org.missionhub.core.shared.TimeSource;

/**
 * Writes one person's digest: the notices waiting for it that they still see, in one e-mail to the outbox;
 * every waiting notice leaves the digest, seen or not, so none waits forever.
 */
@ApplicationScoped
public class DigestWriter {

  /** A person's notices waiting for a digest of one frequency, and when the oldest was written. */
  public record Waiting(String subject, MailFrequency frequency, OffsetDateTime oldest) {}

  @Inject MailConfiguration config;
  @Inject MailSettingsStore settings;
  @Inject PersonRepository persons;
  @Inject MissionVisibility visibility;
  @Inject TopicNames topics;
  @Inject MailWriter writer;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** The digests due now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Waiting> due() {
    DigestSchedule schedule = config.digestSchedule();
    OffsetDateTime now = time.now();
    return em.createQuery(
            "SELECT n.recipient, n.digest, MIN(n.createdAt) FROM Notice n WHERE n.digest IS NOT NULL GROUP BY n.recipient, n.digest", Object[].class)
        .getResultList()
        .stream()
        .map(row -> new Waiting((String) row[0], MailFrequency.valueOf((String) row[1]), (OffsetDateTime) row[2]))
        .filter(w -> schedule.isDue(w.frequency(), w.oldest(), now))
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(Waiting waiting) {
    List<Notice> notices =
        em.createQuery("SELECT n FROM Notice n WHERE n.recipient = :r AND n.digest = :f ORDER BY n.createdAt, n.id", Notice.class)
            .setParameter("r", waiting.subject())
            .setParameter("f", waiting.frequency().name())
            .getResultList();
    notices.forEach(Notice::leaveDigest);
    Optional<Person> person = persons.find(waiting.subject()).filter(p -> p.email() != null && !p.email().isBlank());
    List<Notice> seen = notices.stream().filter(n -> visibility.sees(n.recipient(), n.link().orElse(null))).toList();
    if (person.isEmpty() || seen.isEmpty()) {
      return;
    }
    Optional<MailSettings> chosen = settings.find(waiting.subject());
    Locale language = chosen.map(MailSettings::language).orElse(Locale.ENGLISH);
    String topicNames =
        seen.stream().map(n -> MailTopic.ofNoticeKind(n.kind())).distinct().map(t -> topics.name(t, language)).collect(Collectors.joining(", "));
    List<MailTemplates.Item> items = seen.stream().map(n -> new MailTemplates.Item(n.message(), n.link().map(config::address))).toList();
    var recipient = new MailWriter.Recipient(waiting.subject(), person.get().displayName(), person.get().email(), language);
    writer.digest(recipient, waiting.frequency(), topicNames, items);
    chosen.ifPresent(s -> s.digestSent(waiting.frequency(), time.now()));
  }
}

package org.missionhub.core.mail.application;

import org.missionhub.core.mail.persistence.MailSettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.core.mail.domain.MailFrequency;
import org.missionhub.core.mail.domain.MailSettings;
import org.missionhub.core.mail.domain.MailTopic;
import org.missionhub.core.notice.Notice;
import org.missionhub.core.notice.NoticeWritten;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.PersonRepository;

/**
 * E-mails a notice as its recipient chose for its topic, in the notice's transaction: at once (to the outbox),
 * in their next digest, or not at all; never when they no longer see what it leads to, nor when the
 * installation has no mail server.
 */
@ApplicationScoped
public class NoticeMail {

  @Inject MailConfiguration config;
  @Inject MailSettingsStore settings;
  @Inject PersonRepository persons;
  @Inject MissionVisibility visibility;
  @Inject TopicNames topics;
  @Inject MailWriter writer;

  void onNotice(@Observes NoticeWritten written) {
    if (!config.isEnabled()) {
      return;
    }
    Notice notice = written.notice();
    Optional<Person> person = persons.find(notice.recipient());
    Optional<String> address = written.address().or(() -> person.map(Person::email)).filter(a -> !a.isBlank());
    if (address.isEmpty()) {
      return;
    }
    Optional<MailSettings> chosen = settings.find(notice.recipient());
    MailTopic topic = MailTopic.ofNoticeKind(notice.kind());
    MailFrequency frequency = chosen.map(s -> s.frequency(topic)).orElse(MailFrequency.IMMEDIATELY);
    if (frequency == MailFrequency.NEVER || !visibility.sees(notice.recipient(), notice.link().orElse(null))) {
      return;
    }
    if (frequency.isDigest() && written.address().isEmpty()) {
      notice.awaitDigest(frequency.name());
      return;
    }
    Locale language = chosen.map(MailSettings::language).orElse(Locale.ENGLISH);
    String name = person.map(Person::displayName).orElse(address.get());
    MailTemplates.Item item = new MailTemplates.Item(notice.message(), notice.link().map(config::address));
    writer.single(new MailWriter.Recipient(notice.recipient(), name, address.get(), language), topic.key(), topics.name(topic, language), item, written.subjectLine());
  }
}

package org.missionhub.core.mail.application;

import org.missionhub.core.mail.persistence.MailSettingsStore;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mail.domain.MailFrequency;
import org.missionhub.core.mail.domain.MailSettings;
import org.missionhub.core.mail.domain.MailTopic;
import org.missionhub.core.mail.domain.OutgoingMail;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.TimeSource;

/** The caller's own e-mail settings, and the unsubscribe link of an e-mail (which needs no sign-in). */
@ApplicationService
public class MailSettingsService {

  /** A topic as the settings show it. */
  public record TopicSetting(MailTopic topic, String name, MailFrequency frequency) {}

  /** The settings as shown: language, whether this installation e-mails at all, and each topic's frequency. */
  public record View(Locale language, boolean mailEnabled, List<TopicSetting> topics, long version) {}

  /** What an unsubscribe link stopped, in the e-mail's language. */
  public record Unsubscribed(Locale language, String what) {}

  @Inject RequestContext request;
  @Inject MailSettingsStore store;
  @Inject TopicNames topics;
  @Inject MailConfiguration config;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public View mine() {
    String subject = request.caller().subject();
    return view(store.find(subject).orElseGet(() -> new MailSettings(subject, Locale.ENGLISH, time.now())));
  }

  /**
   * Changes the caller's language (if given) and the frequencies given by topic key; others stay. 400 naming
   * {@code language} or {@code frequencies.<topic>} for what is not one.
   */
  public View change(Optional<String> language, Map<String, String> frequencies) {
    List<FieldError> problems = new ArrayList<>();
    language.filter(l -> !MailSettings.LANGUAGES.contains(l))
        .ifPresent(l -> problems.add(new FieldError("language", "is one of " + String.join(", ", MailSettings.LANGUAGES))));
    List<MailTopic> known = topics.topics();
    frequencies.forEach((key, value) -> {
      if (known.stream().noneMatch(t -> t.key().equals(key))) {
        problems.add(new FieldError("frequencies." + key, "is not a topic: one of " + String.join(", ", known.stream().map(MailTopic::key).toList())));
      } else if (value == null || java.util.Arrays.stream(MailFrequency.values()).noneMatch(f -> f.name().equals(value))) {
        problems.add(new FieldError("frequencies." + key, "is IMMEDIATELY, DAILY, WEEKLY or NEVER"));
      }
    });
    if (!problems.isEmpty()) {
      throw ApplicationException.invalid(problems);
    }
    MailSettings settings = settingsOfCaller();
    var now = time.now();
    language.ifPresent(l -> settings.writeIn(Locale.forLanguageTag(l), now));
    frequencies.forEach((key, value) -> settings.choose(new MailTopic(key), MailFrequency.valueOf(value), now));
    em.flush();
    return view(settings);
  }

  /** Remembers the language the caller reads MissionHub in, for their e-mails (the UI's language choice). */
  public void readsIn(Locale language) {
    settingsOfCaller().writeIn(language, time.now());
  }

  /** Stops what the e-mail with this unsubscribe secret was about; empty for an unknown secret. */
  public Optional<Unsubscribed> unsubscribe(String secret) {
    return mailWith(secret).map(m -> {
      MailSettings settings = store.findOrCreate(m.recipient(), Locale.forLanguageTag(m.language()), time.now());
      List<MailTopic> stopped = stops(m, settings);
      var now = time.now();
      stopped.forEach(t -> settings.choose(t, MailFrequency.NEVER, now));
      return new Unsubscribed(Locale.forLanguageTag(m.language()), names(stopped, Locale.forLanguageTag(m.language())));
    });
  }

  /** What the e-mail with this unsubscribe secret would stop, for the page that asks to confirm. */
  public Optional<Unsubscribed> describe(String secret) {
    return mailWith(secret).map(m -> {
      Locale language = Locale.forLanguageTag(m.language());
      MailSettings settings = store.find(m.recipient()).orElseGet(() -> new MailSettings(m.recipient(), language, time.now()));
      return new Unsubscribed(language, names(stops(m, settings), language));
    });
  }

  private Optional<OutgoingMail> mailWith(String secret) {
    return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.unsubscribeSecret = :s", OutgoingMail.class)
        .setParameter("s", secret == null ? "" : secret)
        .getResultStream()
        .findFirst();
  }

  /** A topic's e-mail's link stops its topic; a digest's, every topic gathered at the digest's frequency. */
  private List<MailTopic> stops(OutgoingMail mail, MailSettings settings) {
    if (mail.list().startsWith("digest:")) {
      MailFrequency digest = MailFrequency.valueOf(mail.list().substring("digest:".length()));
      return topics.topics().stream().filter(t -> settings.frequency(t) == digest).toList();
    }
    return List.of(new MailTopic(mail.list()));
  }

  private String names(List<MailTopic> stopped, Locale language) {
    return String.join(", ", stopped.stream().map(t -> topics.name(t, language)).toList());
  }

  private MailSettings settingsOfCaller() {
    String subject = request.caller().subject();
    return store.findOrCreate(subject, Locale.ENGLISH, time.now());
  }

  private View view(MailSettings settings) {
    Locale language = settings.language();
    List<TopicSetting> shown = topics.topics().stream().map(t -> new TopicSetting(t, topics.name(t, language), settings.frequency(t))).toList();
    return new View(language, config.isEnabled(), shown, settings.version());
  }
}

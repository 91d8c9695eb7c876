package org.missionhub.core.mail.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's e-mail settings: the language of their e-mails, how often per topic (no entry: at once), and when
 * their last digests went out. Belongs to the person, not to an organisation.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

  /** The languages e-mails are written in. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "da");

  @Id
  @Column(length = 255)
  private String subject;

  @Column(nullable = false, length = 8)
  private String language;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mail_preference", joinColumns = @JoinColumn(name = "subject"))
  @MapKeyColumn(name = "topic", length = 60)
  @Column(name = "frequency", nullable = false, length = 10)
  @Enumerated(EnumType.STRING)
  private Map<String, MailFrequency> frequencies = new HashMap<>();

  @Column(name = "daily_digest_at")
  private OffsetDateTime dailyDigestAt;

  @Column(name = "weekly_digest_at")
  private OffsetDateTime weeklyDigestAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected MailSettings() {}

  public MailSettings(String subject, Locale language, OffsetDateTime now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.language = supported(language);
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  /** English unless the language is French or Danish. */
  public static String supported(Locale language) {
    return language != null && LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : "en";
  }

  public MailFrequency frequency(MailTopic topic) {
    return frequencies.getOrDefault(topic.key(), MailFrequency.IMMEDIATELY);
  }

  /** The topics whose frequency is not the default, with it. */
  public Map<String, MailFrequency> chosen() {
    return Map.copyOf(frequencies);
  }

  public void choose(MailTopic topic, MailFrequency frequency, OffsetDateTime now) {
    Objects.requireNonNull(frequency, "frequency");
    if (frequency == MailFrequency.IMMEDIATELY) {
      frequencies.remove(topic.key());
    } else {
      frequencies.put(topic.key(), frequency);
    }
    updatedAt = now;
  }

  public void writeIn(Locale language, OffsetDateTime now) {
    this.language = supported(language);
    updatedAt = now;
  }

  /** When the last digest of that frequency went out, if one did. */
  public Optional<OffsetDateTime> lastDigest(MailFrequency frequency) {
    return Optional.ofNullable(frequency == MailFrequency.WEEKLY ? weeklyDigestAt : dailyDigestAt);
  }

  public void digestSent(MailFrequency frequency, OffsetDateTime now) {
    if (frequency == MailFrequency.WEEKLY) {
      weeklyDigestAt = now;
    } else {
      dailyDigestAt = now;
    }
  }

  public String subject() {
    return subject;
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

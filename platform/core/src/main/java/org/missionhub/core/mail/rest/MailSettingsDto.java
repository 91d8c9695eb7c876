package org.missionhub.core.mail.rest;

import java.util.List;
import org.missionhub.core.mail.application.MailSettingsService;

/**
 * The caller's e-mail settings: the language of their e-mails, whether this installation sends e-mail at
 * all, and for each topic its name and how often it is e-mailed.
 */
public record MailSettingsDto(String language, boolean mailEnabled, List<TopicDto> topics) {

  /** A topic: its key ({@code mentions}, {@code plugin:funding}...), its name in the language, its frequency. */
  public record TopicDto(String topic, String name, String frequency) {}

  static MailSettingsDto of(MailSettingsService.View view) {
    return new MailSettingsDto(
        view.language().getLanguage(),
        view.mailEnabled(),
        view.topics().stream().map(t -> new TopicDto(t.topic().key(), t.name(), t.frequency().name())).toList());
  }
}

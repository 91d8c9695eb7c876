package org.missionhub.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MailTopicTest {

  @Test
  void noticeKindsFallIntoTopics() {
    assertThat(MailTopic.ofNoticeKind("COMMENT_MENTION")).isEqualTo(MailTopic.MENTIONS);
    assertThat(MailTopic.ofNoticeKind("MISSION_ROLE_ASSIGNED")).isEqualTo(MailTopic.ROLES);
    assertThat(MailTopic.ofNoticeKind("DECISION_PROPOSED")).isEqualTo(MailTopic.DECISIONS);
    assertThat(MailTopic.ofNoticeKind("WORKSHOP_OPENED")).isEqualTo(MailTopic.WORKSHOPS);
    assertThat(MailTopic.ofNoticeKind("ONBOARDING_APPROVED")).isEqualTo(MailTopic.ORGANISATION);
    assertThat(MailTopic.ofNoticeKind("funding.deadline")).isEqualTo(new MailTopic("plugin:funding"));
    assertThat(new MailTopic("plugin:funding").pluginId()).contains("funding");
    assertThat(MailTopic.MENTIONS.pluginId()).isEmpty();
  }

  @Test
  void onlyKnownTopicsAndPluginIds() {
    assertThat(MailTopic.isValid("plugin:evaluation")).isTrue();
    assertThat(MailTopic.isValid("plugin:Evil Plugin")).isFalse();
    assertThat(MailTopic.isValid("everything")).isFalse();
    assertThatThrownBy(() -> new MailTopic("digest:DAILY")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsDefaultToAtOnceAndEnglish() {
    OffsetDateTime now = OffsetDateTime.parse("2026-12-07T08:00:00Z");
    MailSettings settings = new MailSettings("sub-1", Locale.GERMAN, now);
    assertThat(settings.language()).isEqualTo(Locale.ENGLISH);
    assertThat(settings.frequency(MailTopic.MENTIONS)).isEqualTo(MailFrequency.IMMEDIATELY);
    settings.choose(MailTopic.MENTIONS, MailFrequency.WEEKLY, now);
    assertThat(settings.frequency(MailTopic.MENTIONS)).isEqualTo(MailFrequency.WEEKLY);
    settings.choose(MailTopic.MENTIONS, MailFrequency.IMMEDIATELY, now);
    assertThat(settings.chosen()).as("the default is not stored").isEmpty();
    settings.writeIn(Locale.FRENCH, now);
    assertThat(settings.language()).isEqualTo(Locale.FRENCH);
  }
}

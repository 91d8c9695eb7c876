package org.missionhub.core.mail.application;

import org.missionhub.core.mail.domain.MailTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.missionhub.core.mail.domain.ComposedMail;
import org.missionhub.core.mail.domain.MailFrequency;

class MailTemplatesTest {

  private final MailTemplates.Footer footer =
      new MailTemplates.Footer("Mentions of you in discussions", MailFrequency.IMMEDIATELY, "https://hub.example/settings/notifications", "https://hub.example/api/v1/mail/unsubscribe/s3cret");

  @Test
  void oneNoticeWithItsLinkAndAFooterThatSaysWhyAndHowToStop() {
    ComposedMail mail = new MailTemplates(MailTexts.in(Locale.ENGLISH)).single("Anna",
        new MailTemplates.Item("Jonas mentioned you in a comment", Optional.of("https://hub.example/missions/1")), footer, Optional.empty());
    assertThat(mail.subject()).isEqualTo("MissionHub: Jonas mentioned you in a comment");
    assertThat(mail.text()).contains("Hello Anna,", "Open in MissionHub: https://hub.example/missions/1",
        "about \u201cMentions of you in discussions\u201d as it happens", "Stop these e-mails: https://hub.example/api/v1/mail/unsubscribe/s3cret");
    assertThat(mail.html()).startsWith("<!DOCTYPE html><html lang=\"en\"").contains("<a href=\"https://hub.example/missions/1\">");
  }

  @Test
  void whatPeopleTypedIsEscapedInTheHtmlPart() {
    ComposedMail mail = new MailTemplates(MailTexts.in(Locale.ENGLISH)).single("<Mallory>",
        new MailTemplates.Item("\"><script>alert(1)</script><img src=x onerror=alert(2)>", Optional.empty()), footer, Optional.empty());
    assertThat(mail.html()).doesNotContain("<script", "<img", "<Mallory>").contains("&lt;script&gt;", "&lt;Mallory&gt;");
    assertThat(mail.subject()).doesNotContain("\n");
  }

  @Test
  void aLongOrMultiLineNoticeMakesAShortOneLineSubject() {
    ComposedMail mail = new MailTemplates(MailTexts.in(Locale.ENGLISH)).single("Anna",
        new MailTemplates.Item("Line one\nline two " + "x".repeat(200), Optional.empty()), footer, Optional.empty());
    assertThat(mail.subject()).startsWith("MissionHub: Line one line two").hasSizeLessThan(100).endsWith("…");
    ComposedMail chosen = new MailTemplates(MailTexts.in(Locale.ENGLISH)).single("Anna", new MailTemplates.Item("Body", Optional.empty()), footer, Optional.of("Welcome to MissionHub"));
    assertThat(chosen.subject()).isEqualTo("MissionHub: Welcome to MissionHub");
  }

  @Test
  void aDigestInFrenchAndDanishCountsItsNotices() {
    var items = List.of(new MailTemplates.Item("Un", Optional.empty()), new MailTemplates.Item("Deux", Optional.of("https://hub.example/missions/2")));
    ComposedMail french = new MailTemplates(MailTexts.in(Locale.FRENCH)).digest("Camille", MailFrequency.DAILY, items, footer);
    assertThat(french.subject()).isEqualTo("Votre journée MissionHub : 2 notifications");
    assertThat(french.text()).contains("Bonjour Camille,", "- Un", "- Deux", "Ouvrir dans MissionHub : https://hub.example/missions/2");
    assertThat(french.html()).contains("<html lang=\"fr\"", "<li>Un</li>");
    ComposedMail danish = new MailTemplates(MailTexts.in(Locale.forLanguageTag("da"))).digest("Mikkel", MailFrequency.WEEKLY, items.subList(0, 1), footer);
    assertThat(danish.subject()).isEqualTo("Din uge i MissionHub: én besked");
  }

  @Test
  void everyLanguageHasEveryText() throws IOException {
    Properties english = load("mail.properties");
    for (String language : List.of("fr", "da")) {
      assertThat(load("mail_" + language + ".properties").stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MailTexts.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties;
  }
}

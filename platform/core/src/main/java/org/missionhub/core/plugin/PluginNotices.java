package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.missionhub.core.notice.Notices;

/**
 * A plugin's notices to people (contract 1.3.0): the platform's in-app notices, of kind
 * {@code <pluginId>.<kind>}, written in the caller's transaction if one is active.
 */
@ApplicationScoped
public class PluginNotices {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
  private static final int MAX_KIND = 50;
  private static final int MAX_MESSAGE = 2000;

  /** The organisation's plugins page in the web application, where its administrators switch a plugin on. */
  static final String PLUGINS_PAGE = "organisation/plugins";

  @Inject Notices notices;
  @Inject org.missionhub.core.organisation.application.OrganisationMembers members;
  @Inject org.missionhub.core.mail.persistence.MailSettingsStore settings;

  @Transactional(Transactional.TxType.REQUIRED)
  public void send(LoadedPlugin plugin, String subject, String kind, String message) {
    send(plugin, subject, kind, message, null);
  }

  /**
   * The notice in the recipient's language (contract 1.10.0: the language they chose, English where the text has
   * none in it), linking to the mission's page when it is about one.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void send(LoadedPlugin plugin, String subject, String kind, org.missionhub.api.plugin.LocalizedText message,
      java.util.Optional<org.missionhub.api.mission.MissionId> mission) {
    if (message == null) {
      throw new IllegalArgumentException("a notice needs its message");
    }
    String text = subject == null || subject.isBlank() ? message.toString() : message.in(settings.languageOf(subject));
    send(plugin, subject, kind, text, mission.map(id -> "missions/" + id).orElse(null));
  }

  /**
   * The notice to each administrator of the organisation, in their language, linking to its plugins page (contract
   * 1.12.0), where they switch the plugin on.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void sendToAdministrators(LoadedPlugin plugin, org.missionhub.api.organisation.OrganisationId organisation, String kind,
      org.missionhub.api.plugin.LocalizedText message) {
    if (message == null) {
      throw new IllegalArgumentException("a notice needs its message");
    }
    for (String administrator : members.administrators(organisation)) {
      send(plugin, administrator, kind, message.in(settings.languageOf(administrator)), PLUGINS_PAGE);
    }
  }

  private void send(LoadedPlugin plugin, String subject, String kind, String message, String link) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a notice needs the person's subject");
    }
    String fullKind = plugin.id() + "." + kind;
    if (kind == null || !KIND.matcher(kind).matches() || fullKind.length() > MAX_KIND) {
      throw new IllegalArgumentException("a notice's kind is lower-case words with hyphens, " + MAX_KIND + " characters with the plugin id: " + kind);
    }
    if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
      throw new IllegalArgumentException("a notice's message is 1 to " + MAX_MESSAGE + " characters");
    }
    notices.send(subject, null, fullKind, null, message, link);
  }
}

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

  @Inject Notices notices;

  @Transactional(Transactional.TxType.REQUIRED)
  public void send(LoadedPlugin plugin, String subject, String kind, String message) {
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
    notices.send(subject, null, fullKind, null, message);
  }
}

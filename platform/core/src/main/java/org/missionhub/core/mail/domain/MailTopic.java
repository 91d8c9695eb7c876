package org.missionhub.core.mail.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a person chooses e-mail frequencies for: a group of notice kinds. Core's topics are fixed; each
 * plugin's notices ({@code <pluginId>.<kind>}) form the topic {@code plugin:<pluginId>}.
 */
public record MailTopic(String key) {

  // before the constants, which the constructor checks against them
  private static final java.util.Set<String> CORE_KEYS = java.util.Set.of("mentions", "roles", "decisions", "workshops", "organisation");
  private static final Pattern PLUGIN = Pattern.compile("plugin:[a-z][a-z0-9-]{0,39}");

  public static final MailTopic MENTIONS = new MailTopic("mentions");
  public static final MailTopic ROLES = new MailTopic("roles");
  public static final MailTopic DECISIONS = new MailTopic("decisions");
  public static final MailTopic WORKSHOPS = new MailTopic("workshops");
  public static final MailTopic ORGANISATION = new MailTopic("organisation");

  /** Core's topics, in the order the settings show them. */
  public static final List<MailTopic> CORE = List.of(MENTIONS, ROLES, DECISIONS, WORKSHOPS, ORGANISATION);

  public MailTopic {
    Objects.requireNonNull(key, "key");
    if (!isValid(key)) {
      throw new IllegalArgumentException("not a mail topic: " + key);
    }
  }

  public static boolean isValid(String key) {
    return key != null && (CORE_KEYS.contains(key) || PLUGIN.matcher(key).matches());
  }

  /** The topic of a notice kind: a plugin's for {@code <pluginId>.<kind>}, else core's by the kind's prefix. */
  public static MailTopic ofNoticeKind(String kind) {
    int dot = kind.indexOf('.');
    if (dot > 0) {
      return new MailTopic("plugin:" + kind.substring(0, dot));
    }
    if (kind.startsWith("COMMENT_")) {
      return MENTIONS;
    }
    if (kind.startsWith("MISSION_ROLE")) {
      return ROLES;
    }
    if (kind.startsWith("DECISION_")) {
      return DECISIONS;
    }
    if (kind.startsWith("WORKSHOP_")) {
      return WORKSHOPS;
    }
    return ORGANISATION;
  }

  /** The plugin whose notices this topic gathers, if it is a plugin's. */
  public java.util.Optional<String> pluginId() {
    return key.startsWith("plugin:") ? java.util.Optional.of(key.substring("plugin:".length())) : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}

package org.missionhub.api.plugin;

/**
 * Tells people something (contract 1.3.0), from {@link PluginContext#notifications()}: an in-app notice
 * that the person finds in MissionHub ({@code GET /api/v1/me/notices}, kind {@code <pluginId>.<kind>}).
 * Written in the caller's transaction when there is one (so it is never sent for a change that rolled
 * back), else in a transaction of its own. E-mail, digests and preferences come with the collaboration
 * features and will reach the same call.
 */
@FunctionalInterface
public interface Notifier {

  /**
   * @param subject the person's identity-provider subject ({@link PersonRef#subject()})
   * @param kind lower-case letters, digits and hyphens, so that the notice's kind is {@code <pluginId>.<kind>}
   *     (at most 50 characters in all)
   * @param message up to 2,000 characters, in the person's language where the plugin knows it
   * @throws IllegalArgumentException for a blank subject, a bad kind or a message that is blank or too long
   */
  void notify(String subject, String kind, String message);
}

package org.missionhub.api.plugin;

/**
 * Tells people something (contract 1.3.0), from {@link PluginContext#notifications()}: an in-app notice
 * that the person finds in MissionHub ({@code GET /api/v1/me/notices}, kind {@code <pluginId>.<kind>}).
 * Written in the caller's transaction when there is one (so it is never sent for a change that rolled
 * back), else in a transaction of its own. Each notice is also e-mailed as its recipient chose for the
 * plugin's notices (at once, in a daily or weekly digest, or not).
 *
 * <p>Since contract 1.10.0 a plugin hands the message in every language it has ({@link LocalizedText}, for
 * example from {@link PluginContext#text}) and the platform writes it in each recipient's language; with the
 * mission it is about, the notice links to the mission's page.
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

  /**
   * The notice in the recipient's language (contract 1.10.0): English where the text has none in theirs.
   *
   * @param message every language's text; each up to 2,000 characters
   */
  default void notify(String subject, String kind, LocalizedText message) {
    notify(subject, kind, java.util.Objects.requireNonNull(message, "message").toString());
  }

  /**
   * The notice in the recipient's language, linking to the mission's page (contract 1.10.0).
   *
   * @param mission the mission the notice is about
   */
  default void notify(String subject, String kind, LocalizedText message, org.missionhub.api.mission.MissionId mission) {
    notify(subject, kind, message);
  }

  /**
   * The notice, in each one's language, to the administrators of an organisation (contract 1.12.0), linking to its
   * plugins page: for what only they can do there, such as switching the plugin on to take part in something it was
   * invited to. The platform finds the administrators.
   *
   * @param organisation an active organisation
   */
  default void notifyAdministrators(org.missionhub.api.organisation.OrganisationId organisation, String kind, LocalizedText message) {
    throw new UnsupportedOperationException("notifyAdministrators() needs plugin contract 1.12.0");
  }
}

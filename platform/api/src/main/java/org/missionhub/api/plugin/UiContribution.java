package org.missionhub.api.plugin;

/**
 * Something a plugin adds to the web application, shown only in organisations that enabled it. The view
 * is a Vaadin component class of the plugin (named, so this contract needs no Vaadin) with a public
 * constructor taking the plugin instance and the scope: {@code (YourPlugin plugin, MissionScope scope)} for
 * a mission tab or a mission card, {@code (YourPlugin plugin, OrganisationScope scope)} for an organisation page
 * or a dashboard widget, {@code (YourPlugin plugin, PublicScope scope)} for a public page,
 * {@code (YourPlugin plugin, MissionScope scope, CoreItem item)} for an item action. It
 * is created for one person's page and may call the plugin's own code directly. Its texts come from the
 * plugin's resource bundle ({@link MissionHubPlugin#messages()}) through Vaadin's {@code getTranslation(key)},
 * as the platform's own views do.
 */
public sealed interface UiContribution permits MissionTab, OrganisationPage, PlatformPage, PublicPage, MissionCard, DashboardWidget, ItemAction {

  /** Unique within the plugin: lower case, digits, hyphens. */
  String id();

  LocalizedText title();

  /** Position among the contributions of its kind, low first. */
  int order();

  /** The fully qualified class name of the view component. */
  String viewClass();
}

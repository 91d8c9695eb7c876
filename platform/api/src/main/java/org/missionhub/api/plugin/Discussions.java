package org.missionhub.api.plugin;

import java.util.Map;

/**
 * The platform's discussion of a plugin's items (contract 1.10.0), from {@link MissionScope#discussions()}: the
 * same threads, mentions, edits, moderation and notices as on a mission's decisions and risks, for the items the
 * plugin names in {@link MissionHubPlugin#discussableItem}. Through the API a plugin item's comments are those
 * of {@code item=PLUGIN:<pluginId>/<type>/<id>} under {@code /missions/{id}/comments}.
 */
public interface Discussions {

  /** How many comments (not deleted) each item of this type has, by item id; items without any are absent. */
  Map<String, Long> counts(String type);

  /**
   * Opens the item's discussion over the current page, in the web application only (a view's button: "Comments
   * (2)"); {@code closed} runs when it is closed, to show the new count.
   *
   * @throws IllegalStateException outside the web application's pages
   */
  void open(String type, String id, Runnable closed);
}

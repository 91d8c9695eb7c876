package org.missionhub.core.discussion.application;

/**
 * Opens a discussion over the current page of the web application (the web application provides it): how a plugin's
 * view shows the platform's discussion of one of its items.
 */
public interface DiscussionOpener {

  /**
   * @param item the item as the API names it ({@code PLUGIN:<pluginId>/<type>/<id>})
   * @param title what the item is called, for the dialog's title
   */
  void open(String missionId, String item, String title, Runnable closed);
}

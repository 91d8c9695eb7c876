package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A tab of the mission workspace.
 *
 * @param permission the plugin permission needed to see the tab, or null for everyone who sees the mission
 */
public record MissionTab(String id, LocalizedText title, int order, String permission, String viewClass) implements UiContribution {

  public MissionTab {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

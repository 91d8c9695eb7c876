package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A card on a mission's Overview tab (contract 1.3.0), below the charter and the health check: a short
 * summary of what the plugin holds for the mission, with the card's title as its heading. The view's
 * constructor takes {@code (YourPlugin plugin, MissionScope scope)}. A card that cannot be created shows a
 * short message in its place; the overview keeps working.
 *
 * @param permission the plugin permission needed to see the card, or null for everyone who sees the mission
 */
public record MissionCard(String id, LocalizedText title, int order, String permission, String viewClass) implements UiContribution {

  public MissionCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

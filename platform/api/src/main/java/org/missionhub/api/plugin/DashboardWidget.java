package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A widget on the organisation's dashboard, the workspace page people land on (contract 1.3.0), above the
 * mission list, with the widget's title as its heading. The view's constructor takes
 * {@code (YourPlugin plugin, OrganisationScope scope)}. A widget that cannot be created shows a short
 * message in its place; the workspace keeps working.
 *
 * @param adminOnly shown to organisation administrators only
 */
public record DashboardWidget(String id, LocalizedText title, int order, boolean adminOnly, String viewClass) implements UiContribution {

  public DashboardWidget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

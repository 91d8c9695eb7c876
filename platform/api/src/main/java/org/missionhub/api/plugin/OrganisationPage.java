package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A page of the organisation's workspace, with its entry in the menu.
 *
 * @param icon a Vaadin Lumo icon name (for example {@code "lumo:bar-chart"}), or null
 * @param adminOnly shown to organisation administrators only
 */
public record OrganisationPage(String id, LocalizedText title, String icon, int order, boolean adminOnly, String viewClass)
    implements UiContribution {

  public OrganisationPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

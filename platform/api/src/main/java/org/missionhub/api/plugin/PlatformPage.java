package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A page for people with a platform role, across organisations (contract 1.2.0): for example a benchmark
 * analyst's campaigns. It is in the menu of anyone holding the role, whichever organisation they work in,
 * and needs no organisation to enable the plugin. The view's constructor takes {@code (YourPlugin plugin,
 * PlatformScope scope)}.
 *
 * @param platformRole PLATFORM_ADMIN or BENCHMARK_ANALYST
 * @param icon a Vaadin Lumo icon name, or null
 */
public record PlatformPage(String id, LocalizedText title, String icon, int order, String platformRole, String viewClass) implements UiContribution {

  public PlatformPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(platformRole, "platformRole");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

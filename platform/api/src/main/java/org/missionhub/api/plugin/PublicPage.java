package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * A page anyone can open without signing in (contract 1.14.0), at {@code /public/<pluginId>/<id>} and
 * {@code /public/<pluginId>/<id>/<parameter>}: for example a benchmark's published results. It shows only
 * what the plugin has published to everyone (see {@link PublicScope}). The view's constructor takes {@code
 * (YourPlugin plugin, PublicScope scope)}.
 *
 * @param listed whether the welcome page links to it (an index page, such as "Published results"), rather
 *     than being reached only by its address
 */
public record PublicPage(String id, LocalizedText title, int order, boolean listed, String viewClass) implements UiContribution {

  public PublicPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

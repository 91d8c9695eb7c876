package org.missionhub.ui.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

/**
 * A plugin's mission card or dashboard widget as the page shows it: a bordered panel headed by the
 * contribution's title, holding the plugin's view (or, if the view failed, the short message in its place).
 */
public class ContributedPanel extends Div {

  private static final long serialVersionUID = 1L;

  /**
   * @param id the panel's element id ({@code card-plugin-<plugin>-<card>}, {@code widget-plugin-<plugin>-<widget>})
   * @param title the contribution's title in the reader's language
   */
  public ContributedPanel(String id, String title, Component view) {
    setId(id);
    addClassName("plugin-panel");
    getStyle()
        .set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("flex", "1 1 18rem")
        .set("min-width", "16rem")
        .set("max-width", "32rem");
    H4 heading = new H4(title);
    heading.getStyle().set("margin", "var(--lumo-space-xs) 0");
    add(heading, view);
  }
}

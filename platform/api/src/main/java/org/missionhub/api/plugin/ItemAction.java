package org.missionhub.api.plugin;

import java.util.Objects;

/**
 * An action on each item of one kind of the mission workspace (contract 1.3.0), for example "Link to
 * initiative" on every decision of the decision log. It shows as a small button on the item, with the
 * action's title; a click opens a dialog holding the plugin's view, created with the constructor
 * {@code (YourPlugin plugin, MissionScope scope, CoreItem item)}. The dialog has a Close button; the view
 * closes it itself when its work is done ({@code findAncestor(Dialog.class).close()}).
 *
 * @param on the kind of item the action is offered on
 * @param permission the plugin permission needed to see the action, or null for everyone who sees the mission
 */
public record ItemAction(String id, LocalizedText title, int order, CoreItem.Kind on, String permission, String viewClass) implements UiContribution {

  public ItemAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(viewClass, "viewClass");
  }
}

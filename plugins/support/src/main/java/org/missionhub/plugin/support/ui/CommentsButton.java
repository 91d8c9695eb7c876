package org.missionhub.plugin.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.missionhub.api.plugin.MissionScope;

/**
 * A plugin item's "Comments (n)" button (shared by the plugins' views): it opens the platform's discussion of the
 * item over the page (contract 1.10.0) and names the item to screen readers, since many such buttons share a label.
 */
public final class CommentsButton {

  private CommentsButton() {}

  /**
   * @param label the button's text in the reader's language, with the count ("Comments (2)")
   * @param title the item's title, for screen readers
   * @param closed runs when the discussion is closed, to show the new count
   */
  public static Button of(MissionScope scope, String type, String id, String label, String title, Runnable closed) {
    Button open = new Button(label, click -> scope.discussions().open(type, id, closed));
    open.getElement().setAttribute("aria-label", label + ": " + title);
    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return open;
  }
}

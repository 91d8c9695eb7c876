package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;

/** The discussion of one decision, risk or governance body, in a dialog opened from its row ("Comments (2)"). */
final class DiscussionDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private DiscussionDialog(MissionContext context, MissionServices services, String item, String title, Runnable closed) {
    setId("discussion-dialog");
    setHeaderTitle(getTranslation("discussion.title") + ": " + title);
    setWidth("min(95vw, 760px)");
    add(new DiscussionPanel(context, services, item, "discussion-item"));
    Button close = new Button(getTranslation("discussion.close"), click -> close());
    close.setId("discussion-item-close");
    getFooter().add(close);
    addOpenedChangeListener(change -> {
      if (!change.isOpened()) {
        closed.run();
      }
    });
  }

  /**
   * The row's button: how many comments the item has, opening its discussion.
   *
   * @param counts the mission's comment counts by item ({@code RISK:<id>}), read once for the grid
   * @param closed run when the dialog closes (to show the new count)
   */
  static Button button(MissionContext context, MissionServices services, Map<String, Long> counts, String kind, String id, String title, Runnable closed) {
    String item = kind + ":" + id;
    String label = UI.getCurrent().getTranslation("discussion.open", Long.toString(counts.getOrDefault(item, 0L)));
    Button open = new Button(label);
    open.setId("comments-" + id);
    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    // the visible words first, as screen readers and speech control expect
    open.setAriaLabel(label + ": " + title);
    open.addClickListener(click -> new DiscussionDialog(context, services, item, title, closed).open());
    return open;
  }

  /** Opens the discussion of an item named as the API names it, such as a plugin's ({@code PLUGIN:roadmap/initiative/<id>}). */
  static void open(MissionContext context, MissionServices services, String item, String title, Runnable closed) {
    new DiscussionDialog(context, services, item, title, closed).open();
  }
}

package org.missionhub.ui.plugins;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.ItemAction;

/** The plugins' actions on one item of a list (a decision, a risk), side by side, in their order. */
public class ItemActions extends HorizontalLayout {

  private static final long serialVersionUID = 1L;

  public ItemActions(List<MissionContributions.Visible<ItemAction>> actions, CoreItem item) {
    setSpacing(false);
    addClassName("plugin-item-actions");
    actions.forEach(action -> add(new ItemActionButton(action, item)));
  }
}

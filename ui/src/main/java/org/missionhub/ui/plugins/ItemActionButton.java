package org.missionhub.ui.plugins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.missionhub.api.plugin.CoreItem;
import org.missionhub.api.plugin.ItemAction;

/**
 * A plugin's action on one item of the mission workspace (contract 1.3.0): a small button that opens a
 * dialog with the plugin's view for the item. The view is created on the click, not with the list, so a
 * long list costs the plugin nothing until someone acts.
 */
public class ItemActionButton extends Button {

  private static final long serialVersionUID = 1L;

  public ItemActionButton(MissionContributions.Visible<ItemAction> action, CoreItem item) {
    String title = action.contribution().title().in(getLocale());
    setText(title);
    setId("action-" + action.plugin().id() + "-" + action.contribution().id() + "-" + item.id());
    setAriaLabel(title + ": " + item.title());
    addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    addClickListener(click -> open(action, item, title));
  }

  private void open(MissionContributions.Visible<ItemAction> action, CoreItem item, String title) {
    Dialog dialog = new Dialog();
    dialog.setId("item-action-dialog");
    dialog.setHeaderTitle(title + ": " + item.title());
    Div view = new Div(PluginViews.forItem(action.plugin(), action.contribution().viewClass(), action.scope(), item, getTranslation("plugins.viewFailed")));
    view.setId("item-action-view");
    dialog.add(view);
    Button close = new Button(getTranslation("plugins.itemAction.close"), click -> dialog.close());
    close.setId("item-action-close");
    dialog.getFooter().add(close);
    dialog.setWidth("36rem");
    dialog.open();
  }
}

package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.missionhub.api.plugin.DataHolding;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginChoice;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.FormErrors;

/**
 * Removes what a switched-off plugin holds for the organisation, for good: it shows what that is, and the
 * administrator types the plugin's id to confirm, as the API asks. The platform records the removal in the
 * audit log.
 */
final class RemovePluginDataDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationPluginService plugins;
  private final String pluginId;
  private final String name;
  private final Runnable removed;
  private final TextField confirmation = new TextField();
  private final FormErrors errors = new FormErrors();

  RemovePluginDataDialog(OrganisationPluginService plugins, PluginChoice choice, Runnable removed) {
    this.plugins = plugins;
    this.pluginId = choice.plugin().id();
    this.name = choice.plugin().descriptor().orElseThrow().name().in(getLocale());
    this.removed = removed;
    setId("remove-plugin-data-dialog");
    setHeaderTitle(getTranslation("plugins.removeDataOf", name));
    setWidth("min(32rem, 96vw)");
    List<DataHolding> held = plugins.data(pluginId);
    UnorderedList list = new UnorderedList();
    list.setId("plugin-data-held");
    for (DataHolding holding : held) {
      list.add(new ListItem(getTranslation("plugins.dataItems", holding.name().in(getLocale()), holding.items())));
    }
    add(new Paragraph(getTranslation(held.isEmpty() ? "plugins.removeData.nothingListed" : "plugins.removeData.intro", name)), list);
    confirmation.setId("remove-plugin-data-confirm");
    confirmation.setLabel(getTranslation("plugins.removeData.confirm", pluginId));
    confirmation.setWidthFull();
    errors.field("confirm", confirmation);
    add(confirmation);
    Button remove = new Button(getTranslation("plugins.removeData.action"), click -> remove());
    remove.setId("remove-plugin-data");
    remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Button cancel = new Button(getTranslation("action.cancel"), click -> close());
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(cancel, remove);
  }

  private void remove() {
    try {
      plugins.removeData(pluginId, confirmation.getValue().strip());
      Feedback.success(getTranslation("plugins.removeData.done", name));
      close();
      removed.run();
    } catch (RuntimeException e) {
      errors.show(e);
    }
  }
}

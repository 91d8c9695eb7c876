package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.PluginDescriptor;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginChange;
import org.missionhub.core.plugin.application.PluginChoice;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * An organisation administrator's plugins page: which features the organisation uses (enable, disable)
 * and their settings. A plugin that requires another is enabled only after it.
 */
@Route(value = "organisation/plugins", layout = MainLayout.class)
public class PluginsView extends OrganisationAdminView implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationPluginService plugins;

  @Inject
  public PluginsView(CurrentUser user, OrganisationPluginService plugins) {
    super(user);
    this.plugins = plugins;
  }

  @Override
  protected void render() {
    removeAll();
    add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")));
    Grid<PluginChoice> grid = new Grid<>();
    grid.setId("plugins");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addComponentColumn(this::enabledBox).setHeader(getTranslation("plugins.enabled")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> descriptor(c).name().in(getLocale())).setHeader(getTranslation("plugins.name")).setFlexGrow(2);
    grid.addColumn(c -> descriptor(c).description().in(getLocale())).setHeader(getTranslation("plugins.description")).setFlexGrow(4);
    grid.addColumn(c -> descriptor(c).version().toString()).setHeader(getTranslation("plugins.version")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(c -> descriptor(c).requires().stream().map(r -> r.pluginId()).collect(Collectors.joining(", ")))
        .setHeader(getTranslation("plugins.requires"));
    // (settings stay the last column: End in a row reaches them)
    grid.addComponentColumn(this::removeDataButton).setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(this::settingsButton).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(plugins.list().stream().sorted(Comparator.comparing((PluginChoice c) -> descriptor(c).name().in(getLocale()), Collator.getInstance(getLocale()))).toList());
    grid.setAllRowsVisible(true);
    add(grid);
  }

  private Checkbox enabledBox(PluginChoice choice) {
    Checkbox box = new Checkbox(choice.enabled());
    box.setId("plugin-enabled-" + choice.plugin().id());
    box.setAriaLabel(getTranslation("plugins.enabled") + ": " + descriptor(choice).name().in(getLocale()));
    box.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            boolean done = Feedback.attempt(() -> plugins.change(choice.plugin().id(), choice.version(), new PluginChange(change.getValue(), choice.entered())));
            if (done) {
              Feedback.success(getTranslation(change.getValue() ? "plugins.nowEnabled" : "plugins.nowDisabled", descriptor(choice).name().in(getLocale())));
            }
            render();
          }
        });
    return box;
  }

  private Button settingsButton(PluginChoice choice) {
    Button settings = new Button(getTranslation("plugins.settings"), click -> new PluginSettingsDialog(plugins, choice, this::render).open());
    settings.setId("plugin-settings-" + choice.plugin().id());
    settings.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    settings.setAriaLabel(settings.getText() + ": " + descriptor(choice).name().in(getLocale()));
    settings.setVisible(!choice.plugin().settings().isEmpty());
    return settings;
  }

  /** Offered while the plugin is switched off: its data can then be removed for the organisation. */
  private Button removeDataButton(PluginChoice choice) {
    Button remove =
        new Button(getTranslation("plugins.removeData"), click -> Feedback.attempt(() -> new RemovePluginDataDialog(plugins, choice, this::render).open()));
    remove.setId("plugin-remove-data-" + choice.plugin().id());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(remove.getText() + ": " + descriptor(choice).name().in(getLocale()));
    remove.setVisible(!choice.enabled());
    return remove;
  }

  private static PluginDescriptor descriptor(PluginChoice choice) {
    return choice.plugin().descriptor().orElseThrow();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plugins.title") + " · " + getTranslation("app.name");
  }
}

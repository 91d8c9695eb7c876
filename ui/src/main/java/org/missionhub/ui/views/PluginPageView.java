package org.missionhub.ui.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.plugin.OrganisationPage;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.ui.plugins.PluginViews;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.workspace.WorkspaceView;

/** Hosts a plugin's organisation page, if the organisation enabled the plugin (else: not found). */
@Route(value = "organisation/plugin/:pluginId/:pageId", layout = MainLayout.class)
public class PluginPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient OrganisationPluginService plugins;
  private final transient PluginScopes scopes;
  private String title = "";

  @Inject
  public PluginPageView(CurrentUser user, OrganisationPluginService plugins, PluginScopes scopes) {
    this.user = user;
    this.plugins = plugins;
    this.scopes = scopes;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn() || user.organisation().isEmpty()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    removeAll();
    String pluginId = event.getRouteParameters().get("pluginId").orElse("");
    String pageId = event.getRouteParameters().get("pageId").orElse("");
    Optional<LoadedPlugin> plugin = plugins.enabled().stream().filter(p -> p.id().equals(pluginId)).findFirst();
    Optional<OrganisationPage> page =
        plugin.flatMap(p -> p.ui().stream().filter(OrganisationPage.class::isInstance).map(OrganisationPage.class::cast)
            .filter(c -> c.id().equals(pageId) && (!c.adminOnly() || user.isOrganisationAdmin())).findFirst());
    if (page.isEmpty()) {
      title = getTranslation("plugins.pageNotFound");
      Paragraph message = new Paragraph(getTranslation("plugins.pageNotFound.detail"));
      message.setId("plugin-page-not-found");
      add(new H2(title), message);
      return;
    }
    title = page.get().title().in(getLocale());
    OrganisationScope scope = scopes.organisation(pluginId);
    add(new H2(title), PluginViews.create(plugin.get(), page.get().viewClass(), scope, OrganisationScope.class, getTranslation("plugins.viewFailed")));
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}

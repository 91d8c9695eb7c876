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
import org.missionhub.api.plugin.PlatformPage;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.ui.plugins.PluginViews;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.workspace.WorkspaceView;

/** Hosts a plugin's platform page for people holding its platform role (else: not found). */
@Route(value = "platform/plugin/:pluginId/:pageId", layout = MainLayout.class)
public class PlatformPluginPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient PluginRuntime runtime;
  private final transient PluginScopes scopes;
  private String title = "";

  @Inject
  public PlatformPluginPageView(CurrentUser user, PluginRuntime runtime, PluginScopes scopes) {
    this.user = user;
    this.runtime = runtime;
    this.scopes = scopes;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    removeAll();
    String pluginId = event.getRouteParameters().get("pluginId").orElse("");
    String pageId = event.getRouteParameters().get("pageId").orElse("");
    Optional<LoadedPlugin> plugin = runtime.activePlugin(pluginId);
    Optional<PlatformPage> page =
        plugin.flatMap(p -> p.ui().stream().filter(PlatformPage.class::isInstance).map(PlatformPage.class::cast)
            .filter(c -> c.id().equals(pageId) && user.hasPlatformRole(c.platformRole())).findFirst());
    if (page.isEmpty()) {
      title = getTranslation("plugins.pageNotFound");
      Paragraph message = new Paragraph(getTranslation("plugins.pageNotFound.detail"));
      message.setId("plugin-page-not-found");
      add(new H2(title), message);
      return;
    }
    title = page.get().title().in(getLocale());
    PlatformScope scope = scopes.platform(pluginId);
    add(new H2(title), PluginViews.create(plugin.get(), page.get().viewClass(), scope, PlatformScope.class, getTranslation("plugins.viewFailed")));
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}

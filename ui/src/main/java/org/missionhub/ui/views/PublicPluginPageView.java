package org.missionhub.ui.views;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.plugin.PublicPage;
import org.missionhub.api.plugin.PublicScope;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.ui.components.LanguageSelect;
import org.missionhub.ui.plugins.PluginViews;
import org.missionhub.ui.security.CurrentUser;

/**
 * Hosts a plugin's public page (contract 1.14.0) for anyone, signed in or not, outside the workspace's
 * layout: {@code /public/<pluginId>/<pageId>[/<parameter>]}. The page itself decides what it shows for the
 * parameter; an unknown plugin or page is "not found".
 */
@Route("public/:pluginId/:pageId/:parameter?")
@StyleSheet("context://styles/missionhub.css")
public class PublicPluginPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient PluginRuntime runtime;
  private String title = "";

  @Inject
  public PublicPluginPageView(CurrentUser user, PluginRuntime runtime) {
    this.user = user;
    this.runtime = runtime;
    setMaxWidth("64rem");
    setPadding(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(header());
    String pluginId = event.getRouteParameters().get("pluginId").orElse("");
    String pageId = event.getRouteParameters().get("pageId").orElse("");
    Optional<LoadedPlugin> plugin = runtime.activePlugin(pluginId);
    Optional<PublicPage> page =
        plugin.flatMap(p -> p.ui().stream().filter(PublicPage.class::isInstance).map(PublicPage.class::cast).filter(c -> c.id().equals(pageId)).findFirst());
    if (page.isEmpty()) {
      title = getTranslation("plugins.pageNotFound");
      Paragraph message = new Paragraph(getTranslation("public.pageNotFound.detail"));
      message.setId("plugin-page-not-found");
      add(new H1(title), message);
      return;
    }
    title = page.get().title().in(getLocale());
    PublicScope scope = PluginScopes.publicScope(event.getRouteParameters().get("parameter").filter(p -> !p.isBlank()));
    add(new H1(title), PluginViews.create(plugin.get(), page.get().viewClass(), scope, PublicScope.class, getTranslation("plugins.viewFailed")));
  }

  /** MissionHub's name (home), the language, and where a signed-in person goes back to work. */
  private HorizontalLayout header() {
    Anchor home = new Anchor("", getTranslation("app.name"));
    home.setId("public-home");
    Anchor workspace = user.signedIn() ? new Anchor("workspace", getTranslation("public.workspace")) : new Anchor("sign-in", getTranslation("welcome.signIn"));
    workspace.setRouterIgnore(!user.signedIn());
    workspace.setId("public-sign-in");
    HorizontalLayout end = new HorizontalLayout(workspace, new LanguageSelect());
    end.setAlignItems(FlexComponent.Alignment.BASELINE);
    HorizontalLayout header = new HorizontalLayout(home, end);
    header.setWidthFull();
    header.setJustifyContentMode(JustifyContentMode.BETWEEN);
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    return header;
  }

  @Override
  public String getPageTitle() {
    return title + " · " + getTranslation("app.name");
  }
}

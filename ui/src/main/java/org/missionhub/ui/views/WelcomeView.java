package org.missionhub.ui.views;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.api.plugin.PublicPage;
import org.missionhub.core.plugin.PluginRuntime;
import org.missionhub.ui.components.LanguageSelect;
import org.missionhub.ui.plugins.Contributed;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.security.OidcSettings;
import org.missionhub.ui.views.workspace.WorkspaceView;

/** The public landing page: what MissionHub is, sign in, create an account. */
@Route("")
@StyleSheet("context://styles/missionhub.css")
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient OidcSettings oidc;
  private final transient PluginRuntime runtime;

  @Inject
  public WelcomeView(CurrentUser user, OidcSettings oidc, PluginRuntime runtime) {
    this.user = user;
    this.oidc = oidc;
    this.runtime = runtime;
    setMaxWidth("48rem");
    setPadding(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (user.signedIn()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    removeAll();
    HorizontalLayout top = new HorizontalLayout(new LanguageSelect());
    top.setWidthFull();
    top.setJustifyContentMode(JustifyContentMode.END);
    add(top, new H1(getTranslation("welcome.title")), new Paragraph(getTranslation("welcome.pitch")));
    if (event.getLocation().getQueryParameters().getParameters().containsKey("disabled")) {
      Paragraph disabled = new Paragraph(getTranslation("welcome.disabled"));
      disabled.setId("account-disabled");
      add(disabled);
    }
    Anchor signIn = new Anchor("sign-in", getTranslation("welcome.signIn"));
    signIn.setRouterIgnore(true);
    signIn.setId("sign-in");
    signIn.getElement().getThemeList().add("primary");
    Anchor register = new Anchor(oidc.registrationUrl(), getTranslation("welcome.register"));
    register.setId("register");
    Anchor api = new Anchor("openapi/ui/", getTranslation("welcome.api"));
    add(new HorizontalLayout(signIn, register, api));
    addPublicPages();
  }

  /** The plugins' listed public pages (contract 1.14.0), such as published benchmark results: open to anyone. */
  private void addPublicPages() {
    for (Contributed<PublicPage> contributed : Contributed.of(runtime.active(), PublicPage.class)) {
      PublicPage page = contributed.contribution();
      if (page.listed()) {
        Anchor link = new Anchor("public/" + contributed.plugin().id() + "/" + page.id(), page.title().in(getLocale()));
        link.setId("public-page-" + contributed.plugin().id() + "-" + page.id());
        add(new Paragraph(link));
      }
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name");
  }
}

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
import org.missionhub.ui.components.LanguageSelect;
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

  @Inject
  public WelcomeView(CurrentUser user, OidcSettings oidc) {
    this.user = user;
    this.oidc = oidc;
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
  }

  @Override
  public String getPageTitle() {
    return getTranslation("app.name");
  }
}

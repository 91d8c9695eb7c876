package org.missionhub.ui.views;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Keycloak's answer at {@code /oidc-callback} reaches the application only when the sign-in mechanism did not
 * take it — the sign-in's pending state was lost (the browser came back with another session, or after a very
 * long time). Instead of "could not navigate", the person reads what happened and signs in again.
 */
@Route("oidc-callback")
@StyleSheet("context://styles/missionhub.css")
public class SignInInterruptedView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  public SignInInterruptedView() {
    setMaxWidth("48rem");
    setPadding(true);
    Paragraph explanation = new Paragraph(getTranslation("signIn.interrupted.detail"));
    explanation.setId("sign-in-interrupted");
    Anchor again = new Anchor("sign-in", getTranslation("signIn.interrupted.again"));
    again.setRouterIgnore(true);
    again.setId("sign-in-again");
    add(new H1(getTranslation("signIn.interrupted")), explanation, again);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("signIn.interrupted") + " · " + getTranslation("app.name");
  }
}

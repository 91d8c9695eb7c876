package org.missionhub.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The landing page. Until the workspace UI lands it says what MissionHub is and points to the API and its
 * documentation.
 */
@Route("")
@PageTitle("MissionHub")
public class WelcomeView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  public WelcomeView() {
    setMaxWidth("48rem");
    add(
        new H1("MissionHub"),
        new Paragraph(
            "Missions are ambitious societal goals pursued by many organisations at once. MissionHub is where"
                + " ministries, municipalities, NGOs and foundations co-manage them: partners, mission roles,"
                + " gate decisions, the decision log and the risk register."),
        new Paragraph("The organisation workspace is on its way. Meanwhile, everything is available through the API:"),
        new Anchor("openapi/ui", "API documentation (OpenAPI)"),
        new Anchor("health/ready", "Server readiness"));
  }
}

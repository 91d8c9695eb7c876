package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.core.mission.application.MissionLaunch;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.organisation.application.OrganisationDirectory;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * Where a signed-in person lands: their organisation's missions (led or partnered) with filters, the
 * partnership invitations waiting for the organisation, and the wizard to start a mission. Without an
 * organisation: how to get one ({@link NoOrganisationPanel}); if they cannot work in it: why.
 */
@Route(value = "workspace", layout = MainLayout.class)
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient MissionService missions;
  private final transient MissionLaunch launch;
  private final transient PartnerService partners;
  private final transient OrganisationDirectory directory;
  private final transient OrganisationProfileService profiles;
  private final transient FieldRules rules;
  private final transient NoOrganisationPanel noOrganisation;

  @Inject
  public WorkspaceView(
      CurrentUser user,
      MissionService missions,
      MissionLaunch launch,
      PartnerService partners,
      OrganisationDirectory directory,
      OrganisationProfileService profiles,
      FieldRules rules,
      NoOrganisationPanel noOrganisation) {
    this.user = user;
    this.missions = missions;
    this.launch = launch;
    this.partners = partners;
    this.directory = directory;
    this.profiles = profiles;
    this.rules = rules;
    this.noOrganisation = noOrganisation;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    if (!user.signedIn()) {
      return;
    }
    var problem = user.organisationProblem();
    if (problem.isPresent()) {
      Paragraph message = new Paragraph(getTranslation("workspace.problem", problem.get().getMessage()));
      message.setId("organisation-problem");
      add(message);
      return;
    }
    if (user.organisation().isEmpty()) {
      add(noOrganisation.build());
      return;
    }
    H2 title = new H2(getTranslation("workspace.title", profiles.current().name()));
    title.setId("workspace-title");
    MissionList list = new MissionList(missions, () -> openWizard());
    add(title, new PartnerInvitationsPanel(partners, user.isOrganisationAdmin(), list::refresh), list);
  }

  private void openWizard() {
    new NewMissionWizard(
            launch,
            directory,
            rules,
            user.organisation().orElseThrow().slug(),
            created -> getUI().ifPresent(ui -> ui.navigate("missions/" + created)))
        .open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.workspace") + " · " + getTranslation("app.name");
  }
}

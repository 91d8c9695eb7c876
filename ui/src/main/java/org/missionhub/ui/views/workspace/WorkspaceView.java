package org.missionhub.ui.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import org.missionhub.core.mission.application.MissionOverview;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.persistence.MissionFilter;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.security.CurrentUser;

/**
 * Where a signed-in person lands: their organisation's missions; or, without an organisation, how to get
 * one ({@link NoOrganisationPanel}); or why they cannot work in it right now (suspended).
 */
@Route(value = "workspace", layout = MainLayout.class)
public class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient MissionService missions;
  private final transient OrganisationProfileService profiles;
  private final transient NoOrganisationPanel noOrganisation;

  @Inject
  public WorkspaceView(
      CurrentUser user, MissionService missions, OrganisationProfileService profiles, NoOrganisationPanel noOrganisation) {
    this.user = user;
    this.missions = missions;
    this.profiles = profiles;
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
    add(title, missionGrid());
  }

  private VerticalLayout missionGrid() {
    List<MissionOverview> overview =
        missions.list(MissionFilter.none(), PageRequest.first(100, new PageRequest.SortOrder("title", false))).items();
    VerticalLayout section = new VerticalLayout();
    section.setPadding(false);
    section.add(new H2(getTranslation("workspace.missions")));
    if (overview.isEmpty()) {
      section.add(new Paragraph(getTranslation("workspace.noMissions")));
      return section;
    }
    Grid<MissionOverview> grid = new Grid<>();
    grid.setId("missions");
    grid.addColumn(m -> m.mission().title()).setHeader(getTranslation("workspace.column.title")).setFlexGrow(3);
    grid.addColumn(m -> getTranslation("phase." + m.mission().phase().name())).setHeader(getTranslation("workspace.column.phase"));
    grid.addColumn(m -> m.mission().lead().name()).setHeader(getTranslation("workspace.column.lead"));
    grid.addColumn(m -> getTranslation("health." + m.health().status().name())).setHeader(getTranslation("workspace.column.health"));
    grid.setItems(overview);
    grid.setAllRowsVisible(true);
    section.add(grid);
    return section;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.workspace") + " · " + getTranslation("app.name");
  }
}

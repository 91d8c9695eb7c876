package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.api.plugin.DashboardWidget;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.core.mission.application.MissionLaunch;
import org.missionhub.core.mission.application.MissionService;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.organisation.application.OrganisationDirectory;
import org.missionhub.core.organisation.application.OrganisationProfileService;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginScopes;
import org.missionhub.ui.components.FieldRules;
import org.missionhub.ui.plugins.Contributed;
import org.missionhub.ui.plugins.ContributedPanel;
import org.missionhub.ui.plugins.PluginViews;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * Where a signed-in person lands: the widgets of the organisation's plugins, their organisation's missions
 * (led or partnered) with filters, the partnership invitations waiting for the organisation, and the wizard
 * to start a mission. Without an
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
  private final transient OrganisationPluginService plugins;
  private final transient PluginScopes pluginScopes;

  @Inject
  public WorkspaceView(
      CurrentUser user,
      MissionService missions,
      MissionLaunch launch,
      PartnerService partners,
      OrganisationDirectory directory,
      OrganisationProfileService profiles,
      FieldRules rules,
      NoOrganisationPanel noOrganisation,
      OrganisationPluginService plugins,
      PluginScopes pluginScopes) {
    this.user = user;
    this.missions = missions;
    this.launch = launch;
    this.partners = partners;
    this.directory = directory;
    this.profiles = profiles;
    this.rules = rules;
    this.noOrganisation = noOrganisation;
    this.plugins = plugins;
    this.pluginScopes = pluginScopes;
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
    add(title);
    widgets();
    add(new PartnerInvitationsPanel(partners, user.isOrganisationAdmin(), list::refresh), list);
  }

  /** The dashboard widgets of the plugins the organisation enabled (contract 1.3.0), in their order. */
  private void widgets() {
    FlexLayout row = new FlexLayout();
    row.setId("dashboard-widgets");
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "var(--lumo-space-m)");
    row.setWidthFull();
    for (Contributed<DashboardWidget> contributed : Contributed.of(plugins.enabled(), DashboardWidget.class)) {
      DashboardWidget widget = contributed.contribution();
      if (widget.adminOnly() && !user.isOrganisationAdmin()) {
        continue;
      }
      String pluginId = contributed.plugin().id();
      row.add(
          new ContributedPanel(
              "widget-plugin-" + pluginId + "-" + widget.id(),
              widget.title().in(getLocale()),
              PluginViews.create(contributed.plugin(), widget.viewClass(), pluginScopes.organisation(pluginId), OrganisationScope.class, getTranslation("plugins.viewFailed"))));
    }
    if (row.getComponentCount() > 0) {
      add(row);
    }
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

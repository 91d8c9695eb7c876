package org.missionhub.ui.views.workshop;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.live.LiveNotices;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * Cross-organisation workshops (issue 17): a benchmark analyst sees every one and prepares new ones for the
 * organisations they invite; everyone else sees those their organisation is invited to, once opened. (A mission's
 * own workshops are on the mission's Workshops tab.)
 */
@Route(value = "workshops", layout = MainLayout.class)
public class WorkshopsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient CurrentUser user;
  private final transient WorkshopService workshops;
  private String pageTitle = "";

  @Inject
  public WorkshopsView(CurrentUser user, WorkshopService workshops, LiveNotices live) {
    this.user = user;
    this.workshops = workshops;
    setMaxWidth("80rem");
    if (user.signedIn()) {
      // a workshop that opens for the organisation is announced by a notice to each member: the list follows, live
      live.refreshOnNotice(this, user.caller(), user.organisation().map(o -> o.slug()).orElse(null), this::show);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean analyst = user.hasPlatformRole("BENCHMARK_ANALYST");
    if (!user.signedIn() || (user.organisation().isEmpty() && !analyst)) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    show();
  }

  private void show() {
    boolean analyst = user.hasPlatformRole("BENCHMARK_ANALYST");
    removeAll();
    pageTitle = getTranslation(analyst ? "workshops.platform.title" : "workshops.invited.title");
    H2 heading = new H2(pageTitle);
    heading.setId("workshops-heading");
    add(heading, new Paragraph(getTranslation(analyst ? "workshops.platform.help" : "workshops.invited.help")));
    List<Workshop> shown = analyst ? workshops.listOnPlatform() : workshops.listInvited();
    if (analyst) {
      Button create = new Button(getTranslation("workshops.newPlatform"), click -> WorkshopDialog.onPlatform(workshops,
          created -> getUI().ifPresent(ui -> ui.navigate(CrossOrganisationWorkshopView.class, new RouteParameters("workshopId", created.id())))).open());
      create.setId("workshop-new-platform");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(create);
    } else if (shown.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("workshops.invited.none"));
      none.setId("workshops-none");
      add(none);
      return;
    }
    add(grid(shown));
  }

  private Grid<Workshop> grid(List<Workshop> shown) {
    Grid<Workshop> grid = new Grid<>();
    grid.setId("workshops");
    grid.addComponentColumn(w -> {
      RouterLink link = new RouterLink(w.title(), CrossOrganisationWorkshopView.class, new RouteParameters("workshopId", w.id()));
      link.setId("workshop-link-" + w.id());
      return link;
    }).setHeader(getTranslation("workshops.title")).setFlexGrow(3);
    grid.addColumn(w -> getTranslation("workshopPhase." + w.phase().name())).setHeader(getTranslation("workshops.phase")).setAutoWidth(true);
    grid.addColumn(w -> w.invited().size()).setHeader(getTranslation("workshops.organisations")).setAutoWidth(true);
    grid.addColumn(w -> w.facilitator().displayName()).setHeader(getTranslation("workshops.facilitator")).setAutoWidth(true);
    grid.addColumn(w -> Formats.dateTime(w.createdAt(), getLocale())).setHeader(getTranslation("workshops.created")).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.setItems(shown);
    return grid;
  }

  @Override
  public String getPageTitle() {
    return pageTitle + " · " + getTranslation("app.name");
  }
}

package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.views.workshop.WorkshopDialog;
import org.missionhub.ui.views.workshop.WorkshopView;

/**
 * The mission's peer-exchange workshops (issue 17): each opens its own page, where it is run; leaders and
 * coordinators prepare new ones.
 */
final class WorkshopsTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  WorkshopsTab(MissionContext context, MissionServices services) {
    setPadding(false);
    add(new Paragraph(getTranslation("workshops.help")));
    if (context.can(MissionPermission.FACILITATE_WORKSHOPS)) {
      Button create = new Button(getTranslation("workshops.new"), click -> new WorkshopDialog(services.workshops(), context.missionId(),
          created -> getUI().ifPresent(ui -> ui.navigate(WorkshopView.class, WorkshopView.parameters(context.missionId(), created.id())))).open());
      create.setId("workshop-new");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(create);
    }
    Grid<Workshop> grid = new Grid<>();
    grid.setId("workshops");
    grid.addComponentColumn(w -> {
      RouterLink link = new RouterLink(w.title(), WorkshopView.class, WorkshopView.parameters(context.missionId(), w.id()));
      link.setId("workshop-link-" + w.id());
      return link;
    }).setHeader(getTranslation("workshops.title")).setFlexGrow(3);
    grid.addColumn(w -> getTranslation("workshopPhase." + w.phase().name())).setHeader(getTranslation("workshops.phase")).setAutoWidth(true);
    grid.addColumn(w -> w.facilitator().displayName()).setHeader(getTranslation("workshops.facilitator")).setAutoWidth(true);
    grid.addColumn(w -> Formats.dateTime(w.createdAt(), getLocale())).setHeader(getTranslation("workshops.created")).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.setItems(services.workshops().list(context.missionId()));
    add(grid);
  }
}

package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.PagedGrid;

/** The mission's governance bodies (steering group, advisory board, ...), their mandates and members. */
class GovernanceBodies extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  GovernanceBodies(MissionContext context, MissionServices services, Runnable changed) {
    setId("governance-bodies");
    setPadding(false);
    boolean manages = context.can(MissionPermission.MANAGE_GOVERNANCE_BODIES);
    HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("bodies.title")));
    heading.setAlignItems(Alignment.CENTER);
    if (manages) {
      Button add = new Button(getTranslation("bodies.add"), click -> new BodyDialog(context, services, null, changed).open());
      add.setId("add-body");
      heading.add(add);
    }
    Grid<GovernanceBody> grid = new Grid<>();
    grid.setId("bodies");
    grid.addColumn(GovernanceBody::name).setHeader(getTranslation("bodies.name")).setSortProperty("name").setFlexGrow(2);
    grid.addColumn(GovernanceBody::mandate).setHeader(getTranslation("bodies.mandate")).setFlexGrow(3);
    grid.addColumn(
            b -> b.members().stream()
                .map(m -> m.getName() + " (" + getTranslation("bodyFunction." + m.getFunction().name()) + ")")
                .collect(Collectors.joining(", ")))
        .setHeader(getTranslation("bodies.members"))
        .setFlexGrow(3);
    if (manages) {
      grid.addComponentColumn(
              b -> {
                Button edit = new Button(getTranslation("bodies.edit"), click -> new BodyDialog(context, services, b, changed).open());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("bodies.edit") + ": " + b.name());
                Button delete = new Button(getTranslation("bodies.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("bodies.delete") + ": " + b.name());
                delete.addClickListener(click -> {
                  if (Feedback.attempt(() -> services.bodies().delete(context.missionId(), b.id(), b.version()))) {
                    changed.run();
                  }
                });
                HorizontalLayout actions = new HorizontalLayout(edit, delete);
                actions.setSpacing(false);
                return actions;
              })
          .setAutoWidth(true);
    }
    PagedGrid.bind(grid, page -> services.bodies().list(context.missionId(), page), new PageRequest.SortOrder("name", false));
    add(heading, grid);
  }
}

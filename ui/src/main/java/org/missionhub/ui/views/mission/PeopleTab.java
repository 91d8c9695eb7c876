package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.core.mission.application.RoleAssignment;
import org.missionhub.core.mission.application.RoleCandidate;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.PagedGrid;
import org.missionhub.ui.components.Selects;

/**
 * Who works on the mission, through which organisation, in which role. Those who may assign roles pick
 * from the members of the lead and the accepted partners; a mission always keeps a leader.
 */
class PeopleTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable changed;

  PeopleTab(MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setPadding(false);
    boolean assigns = context.can(MissionPermission.ASSIGN_ROLES);
    add(new Paragraph(getTranslation("people.intro")));
    if (assigns) {
      add(assignForm());
    }
    add(grid(assigns));
  }

  private HorizontalLayout assignForm() {
    ComboBox<RoleCandidate> person = new ComboBox<>(getTranslation("people.person"));
    person.setId("role-person");
    person.setItems(services.roles().candidates(context.missionId()));
    person.setItemLabelGenerator(c -> c.displayName() + " — " + c.organisationName());
    person.setWidth("24rem");
    Select<MissionRole> role = Selects.of("role-role", getTranslation("people.role"), MissionRole.class, "role.");
    role.setValue(MissionRole.PARTICIPANT);
    role.addValueChangeListener(change -> role.setHelperText(change.getValue() == null ? "" : getTranslation("role.help." + change.getValue().name())));
    role.setHelperText(getTranslation("role.help." + MissionRole.PARTICIPANT.name()));
    FormErrors errors = new FormErrors().field("subject", person).field("organisation", person).field("role", role);
    Button assign = new Button(getTranslation("people.assign"));
    assign.setId("role-assign");
    assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    assign.addClickListener(
        click -> {
          RoleCandidate chosen = person.getValue();
          if (chosen == null) {
            person.setErrorMessage(getTranslation("people.person.required"));
            person.setInvalid(true);
            return;
          }
          try {
            services.roles().assign(context.missionId(), new RoleAssignment(chosen.subject(), chosen.organisationSlug(), role.getValue()));
            Feedback.success(getTranslation("people.assigned", chosen.displayName(), getTranslation("role." + role.getValue().name())));
            changed.run();
          } catch (RuntimeException e) {
            errors.show(e);
          }
        });
    HorizontalLayout form = new HorizontalLayout(person, role, assign);
    form.setAlignItems(Alignment.BASELINE);
    form.setWrap(true);
    return form;
  }

  private Grid<MissionRoleAssignment> grid(boolean assigns) {
    Grid<MissionRoleAssignment> grid = new Grid<>();
    grid.setId("roles");
    grid.addColumn(r -> r.person().displayName()).setHeader(getTranslation("people.person")).setSortProperty("displayName").setFlexGrow(2);
    grid.addColumn(r -> r.organisation().name()).setHeader(getTranslation("people.organisation")).setSortProperty("organisation").setFlexGrow(2);
    grid.addColumn(r -> getTranslation("role." + r.role().name())).setHeader(getTranslation("people.role")).setSortProperty("role");
    grid.addColumn(r -> Formats.dateTime(r.assignedAt(), getLocale())).setHeader(getTranslation("people.since"));
    if (assigns) {
      grid.addComponentColumn(
              r -> {
                Button remove = new Button(getTranslation("people.unassign"));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(remove.getText() + ": " + getTranslation("role." + r.role().name()) + ", " + r.person().displayName());
                remove.addClickListener(
                    click -> {
                      if (Feedback.attempt(() -> services.roles().unassign(context.missionId(), r.id(), r.version()))) {
                        changed.run();
                      }
                    });
                return remove;
              })
          .setAutoWidth(true);
    }
    PagedGrid.bind(grid, page -> services.roles().list(context.missionId(), page), new PageRequest.SortOrder("displayName", false));
    return grid;
  }
}

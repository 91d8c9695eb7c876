package org.missionhub.ui.views.mission;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.core.mission.application.PartnerInvitation;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;
import org.missionhub.ui.components.FormErrors;
import org.missionhub.ui.components.OrganisationChoice;
import org.missionhub.ui.components.PagedGrid;

/**
 * The organisations co-managing the mission. The lead invites organisations found in the directory and
 * removes partners; a partner's administrator can leave. Invitations are accepted from the invited
 * organisation's workspace.
 */
class PartnersTab extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final MissionContext context;
  private final transient MissionServices services;
  private final Runnable changed;

  PartnersTab(MissionContext context, MissionServices services, Runnable changed) {
    this.context = context;
    this.services = services;
    this.changed = changed;
    setPadding(false);
    boolean manages = context.can(MissionPermission.MANAGE_PARTNERS) && context.isLead();
    if (manages) {
      add(inviteForm());
    }
    add(grid(manages));
    if (!context.isLead() && context.isOrganisationAdmin() && !context.mission().isArchived()) {
      Button leave = new Button(getTranslation("partners.leave"), click -> confirmLeave());
      leave.setId("leave-mission");
      leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      add(leave);
    }
  }

  private HorizontalLayout inviteForm() {
    ComboBox<OrganisationChoice> organisation = new ComboBox<>(getTranslation("partners.organisation"));
    organisation.setId("partner-organisation");
    organisation.setHelperText(getTranslation("partners.organisation.help"));
    organisation.setItemLabelGenerator(o -> o.label(this));
    organisation.setItems(
        query ->
            services.directory()
                .search(query.getFilter(), Optional.empty(), new PageRequest(query.getPage(), query.getPageSize(), List.of(new PageRequest.SortOrder("name", false))))
                .items()
                .stream()
                .map(OrganisationChoice::of));
    organisation.setWidth("24rem");
    FormErrors errors = new FormErrors().field("organisation", organisation);
    Button invite = new Button(getTranslation("partners.invite"));
    invite.setId("partner-invite");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.addClickListener(
        click -> {
          if (organisation.getValue() == null) {
            organisation.setErrorMessage(getTranslation("partners.organisation.required"));
            organisation.setInvalid(true);
            return;
          }
          try {
            services.partners().invite(context.missionId(), new PartnerInvitation(organisation.getValue().slug()));
            Feedback.success(getTranslation("partners.invited", organisation.getValue().name()));
            changed.run();
          } catch (RuntimeException e) {
            errors.show(e);
          }
        });
    HorizontalLayout form = new HorizontalLayout(organisation, invite);
    form.setAlignItems(Alignment.BASELINE);
    return form;
  }

  private Grid<MissionPartner> grid(boolean manages) {
    Grid<MissionPartner> grid = new Grid<>();
    grid.setId("partners");
    grid.addColumn(p -> p.organisation().name()).setHeader(getTranslation("partners.organisation")).setSortProperty("organisation").setFlexGrow(2);
    grid.addColumn(p -> getTranslation("orgtype." + p.organisation().type().name())).setHeader(getTranslation("onboarding.type"));
    grid.addColumn(p -> getTranslation("partnerStatus." + p.status().name())).setHeader(getTranslation("partners.status"));
    grid.addColumn(p -> Formats.dateTime(p.invitedAt(), getLocale())).setHeader(getTranslation("invitations.invitedAt"));
    grid.addColumn(p -> Formats.dateTime(p.respondedAt(), getLocale())).setHeader(getTranslation("partners.respondedAt"));
    if (manages) {
      grid.addComponentColumn(
              p -> {
                if (p.status() != PartnerStatus.ACCEPTED && p.status() != PartnerStatus.INVITED) {
                  return new Span();
                }
                String label = getTranslation(p.status() == PartnerStatus.INVITED ? "partners.withdraw" : "partners.remove");
                Button remove = new Button(label);
                remove.setId("remove-partner-" + p.organisation().slug());
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(label + ": " + p.organisation().name());
                remove.addClickListener(click -> confirmRemove(p));
                return remove;
              })
          .setAutoWidth(true);
    }
    PagedGrid.bind(grid, page -> services.partners().list(context.missionId(), page), new PageRequest.SortOrder("organisation", false));
    return grid;
  }

  private void confirmRemove(MissionPartner partner) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("partners.remove"));
    dialog.setText(getTranslation("partners.removeConfirm", partner.organisation().name()));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("action.cancel"));
    dialog.setConfirmText(getTranslation("partners.remove"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        confirmed -> {
          if (Feedback.attempt(() -> services.partners().remove(context.missionId(), partner.organisation().slug(), partner.version()))) {
            changed.run();
          }
        });
    dialog.open();
  }

  private void confirmLeave() {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("partners.leave"));
    dialog.setText(getTranslation("partners.leaveConfirm", context.mission().title()));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("action.cancel"));
    dialog.setConfirmText(getTranslation("partners.leave"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        confirmed -> {
          if (Feedback.attempt(() -> {
            MissionPartner own = services.partners().get(context.missionId(), context.ownSlug());
            services.partners().leave(context.missionId(), own.version());
          })) {
            getUI().ifPresent(ui -> ui.navigate("workspace"));
          }
        });
    dialog.open();
  }
}

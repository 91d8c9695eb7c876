package org.missionhub.ui.views.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.validation.ConstraintViolationException;
import org.missionhub.core.mission.application.PartnerService;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.components.Formats;

/**
 * Missions other organisations invited this one to co-manage. An organisation administrator accepts or
 * declines; other members see the invitation and who decides. Hidden when there is none.
 */
class PartnerInvitationsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient PartnerService partners;
  private final boolean mayDecide;
  private final Runnable afterDecision;

  PartnerInvitationsPanel(PartnerService partners, boolean mayDecide, Runnable afterDecision) {
    this.partners = partners;
    this.mayDecide = mayDecide;
    this.afterDecision = afterDecision;
    setId("partner-invitations");
    setPadding(false);
    render();
  }

  private void render() {
    removeAll();
    var open = partners.invitations(PageRequest.first(50)).items();
    setVisible(!open.isEmpty());
    if (open.isEmpty()) {
      return;
    }
    add(new H3(getTranslation("invitations.title")));
    if (!mayDecide) {
      add(new Paragraph(getTranslation("invitations.adminDecides")));
    }
    Grid<MissionPartner> grid = new Grid<>();
    grid.addColumn(p -> p.mission().title()).setHeader(getTranslation("workspace.column.title")).setFlexGrow(3);
    grid.addColumn(p -> p.mission().lead().name()).setHeader(getTranslation("workspace.column.lead")).setFlexGrow(2);
    grid.addColumn(p -> Formats.dateTime(p.invitedAt(), getLocale())).setHeader(getTranslation("invitations.invitedAt"));
    if (mayDecide) {
      grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("invitations.decision")).setAutoWidth(true);
    }
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(open);
    grid.setAllRowsVisible(true);
    add(grid);
  }

  private HorizontalLayout decisionButtons(MissionPartner invitation) {
    String missionId = invitation.mission().id().toString();
    Button accept = new Button(getTranslation("invitations.accept"), click -> decide(() -> partners.accept(missionId, invitation.version()), "invitations.accepted"));
    accept.setId("accept-" + missionId);
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    accept.setAriaLabel(accept.getText() + ": " + invitation.mission().title());
    Button decline = new Button(getTranslation("invitations.decline"), click -> decide(() -> partners.decline(missionId, invitation.version()), "invitations.declined"));
    decline.setId("decline-" + missionId);
    decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    decline.setAriaLabel(decline.getText() + ": " + invitation.mission().title());
    return new HorizontalLayout(accept, decline);
  }

  private void decide(Runnable decision, String doneKey) {
    try {
      decision.run();
      Feedback.success(getTranslation(doneKey));
    } catch (ApplicationException | ConstraintViolationException e) {
      Feedback.failure(e);
    }
    render();
    afterDecision.run();
  }
}

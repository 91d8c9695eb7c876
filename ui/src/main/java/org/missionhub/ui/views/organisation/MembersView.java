package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.application.InvitationOutcome;
import org.missionhub.core.organisation.application.InvitationService;
import org.missionhub.core.organisation.application.MembershipService;
import org.missionhub.core.organisation.application.NewInvitation;
import org.missionhub.core.organisation.application.RoleChange;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.ui.components.Feedback;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/** An organisation administrator's members page: invite by e-mail, change roles, remove, revoke invitations. */
@Route(value = "organisation/members", layout = MainLayout.class)
public class MembersView extends OrganisationAdminView implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient MembershipService memberships;
  private final transient InvitationService invitations;

  @Inject
  public MembersView(CurrentUser user, MembershipService memberships, InvitationService invitations) {
    super(user);
    this.memberships = memberships;
    this.invitations = invitations;
  }

  @Override
  protected void render() {
    removeAll();
    add(new H2(getTranslation("members.title")), inviteForm(), membersGrid());
    var pending = invitations.list(Optional.of(MemberInvitation.Status.PENDING), PageRequest.first(100)).items();
    if (!pending.isEmpty()) {
      Grid<MemberInvitation> grid = new Grid<>();
      grid.setId("pending-invitations");
      grid.addColumn(MemberInvitation::email).setHeader(getTranslation("members.email"));
      grid.addColumn(i -> getTranslation("workspace.role." + i.role().name())).setHeader(getTranslation("members.role"));
      grid.addComponentColumn(
          i -> {
            Button revoke = new Button(getTranslation("members.revoke"), click -> act(() -> invitations.revoke(i.id(), i.version())));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return revoke;
          });
      grid.setItems(pending);
      grid.setAllRowsVisible(true);
      add(new H3(getTranslation("members.pending")), grid);
    }
  }

  private HorizontalLayout inviteForm() {
    EmailField email = new EmailField(getTranslation("members.email"));
    email.setId("invite-email");
    Select<OrganisationRole> role = new Select<>();
    role.setId("invite-role");
    role.setLabel(getTranslation("members.role"));
    role.setItems(OrganisationRole.values());
    role.setItemLabelGenerator(r -> getTranslation("workspace.role." + r.name()));
    role.setValue(OrganisationRole.MEMBER);
    Button invite = new Button(getTranslation("members.send"));
    invite.setId("invite-send");
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.addClickListener(
        click -> {
          email.setInvalid(false);
          try {
            InvitationOutcome outcome = invitations.invite(new NewInvitation(email.getValue(), role.getValue()));
            String key =
                outcome.membership().isPresent()
                    ? "members.added"
                    : outcome.invitation().orElseThrow().emailSent() ? "members.invited" : "members.invitedNoEmail";
            Feedback.success(getTranslation(key, email.getValue()));
            render();
          } catch (ConstraintViolationException e) {
            email.setErrorMessage(e.getConstraintViolations().iterator().next().getMessage());
            email.setInvalid(true);
          } catch (ApplicationException e) {
            Feedback.failure(e);
          }
        });
    HorizontalLayout form = new HorizontalLayout(email, role, invite);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.getElement().setAttribute("aria-label", getTranslation("members.invite"));
    return form;
  }

  private Grid<Membership> membersGrid() {
    Grid<Membership> grid = new Grid<>();
    grid.setId("members");
    grid.addColumn(m -> m.person().displayName()).setHeader(getTranslation("members.name"));
    grid.addColumn(m -> m.person().email()).setHeader(getTranslation("members.email"));
    grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role"));
    grid.addComponentColumn(
        m -> {
          Button remove = new Button(getTranslation("members.remove"), click -> confirmRemoval(m));
          remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
          return remove;
        });
    grid.setItems(
        memberships.list(PageRequest.first(100, new PageRequest.SortOrder("displayName", false))).items());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Select<OrganisationRole> roleSelect(Membership membership) {
    Select<OrganisationRole> role = new Select<>();
    role.setItems(OrganisationRole.values());
    role.setItemLabelGenerator(r -> getTranslation("workspace.role." + r.name()));
    role.setValue(membership.role());
    role.setAriaLabel(getTranslation("members.role") + " " + membership.person().displayName());
    role.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            act(() -> memberships.changeRole(membership.id(), membership.version(), new RoleChange(change.getValue())));
          }
        });
    return role;
  }

  private void confirmRemoval(Membership membership) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setText(getTranslation("members.removeConfirm", membership.person().displayName()));
    dialog.setConfirmText(getTranslation("members.remove"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("members.cancel"));
    dialog.addConfirmListener(confirmed -> act(() -> memberships.remove(membership.id(), membership.version())));
    dialog.open();
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (ApplicationException | ConstraintViolationException e) {
      Feedback.failure(e);
    }
    render();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("members.title") + " · " + getTranslation("app.name");
  }
}

package org.missionhub.ui.views.organisation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Objects;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.workspace.WorkspaceView;

/**
 * A page for organisation administrators only: anyone else who opens it (by URL, say) lands in the
 * workspace. The services refuse them anyway; this keeps them from seeing a page they cannot use.
 */
abstract class OrganisationAdminView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  protected final transient CurrentUser user;

  protected OrganisationAdminView(CurrentUser user) {
    this.user = Objects.requireNonNull(user, "user");
  }

  @Override
  public final void beforeEnter(BeforeEnterEvent event) {
    if (!user.signedIn() || !user.isOrganisationAdmin()) {
      event.forwardTo(WorkspaceView.class);
      return;
    }
    render();
  }

  /** Builds the page afresh (on entering it, and after a change). */
  protected abstract void render();
}

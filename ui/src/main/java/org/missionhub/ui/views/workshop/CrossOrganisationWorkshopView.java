package org.missionhub.ui.views.workshop;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.ui.live.LiveMissions;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/**
 * The room of a workshop the platform hosts ({@code workshops/<id>}, where its invitations lead): the same room as a
 * mission's, reached by the benchmark analysts who run it and by the invited organisations' people.
 */
@Route(value = "workshops/:workshopId", layout = MainLayout.class)
public class CrossOrganisationWorkshopView extends WorkshopRoomView {

  private static final long serialVersionUID = 1L;

  @Inject
  public CrossOrganisationWorkshopView(CurrentUser user, WorkshopService workshops, WorkshopBoard board, WorkshopResults results, LiveMissions live) {
    super(user, workshops, board, results, live);
  }
}

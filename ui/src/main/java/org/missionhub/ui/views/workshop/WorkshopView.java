package org.missionhub.ui.views.workshop;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopService;
import org.missionhub.ui.live.LiveMissions;
import org.missionhub.ui.security.CurrentUser;
import org.missionhub.ui.views.MainLayout;

/** The room of a mission's workshop ({@code missions/<id>/workshops/<id>}), for the mission's people. */
@Route(value = "missions/:missionId/workshops/:workshopId", layout = MainLayout.class)
public class WorkshopView extends WorkshopRoomView {

  private static final long serialVersionUID = 1L;

  @Inject
  public WorkshopView(CurrentUser user, WorkshopService workshops, WorkshopBoard board, WorkshopResults results, LiveMissions live) {
    super(user, workshops, board, results, live);
  }

  /** The route parameters of a mission workshop's page. */
  public static RouteParameters parameters(String missionId, String workshopId) {
    return new RouteParameters(java.util.Map.of("missionId", missionId, "workshopId", workshopId));
  }
}

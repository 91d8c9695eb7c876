package org.missionhub.ui.views.workshop;

import java.util.List;
import org.missionhub.core.workshop.application.NoteView;
import org.missionhub.core.workshop.application.WorkshopBoard;
import org.missionhub.core.workshop.application.WorkshopHost;
import org.missionhub.core.workshop.application.WorkshopResults;
import org.missionhub.core.workshop.application.WorkshopState;
import org.missionhub.core.workshop.domain.Workshop;

/**
 * What one drawing of a workshop's page shows, read once per drawing: the workshop as the person sees it, the notes
 * they may see, the services the page's parts act through, and what to do after a change (draw again).
 */
record WorkshopPage(WorkshopHost host, WorkshopState state, List<NoteView> notes, WorkshopBoard board, WorkshopResults results, Runnable changed) {

  Workshop workshop() {
    return state.workshop();
  }

  String workshopId() {
    return state.workshop().id();
  }
}

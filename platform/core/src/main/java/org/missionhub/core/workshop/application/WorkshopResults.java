package org.missionhub.core.workshop.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.core.workshop.domain.WorkshopSummary;
import org.missionhub.core.workshop.persistence.WorkshopRepository;

/**
 * A workshop's breakout groups (formed automatically, changed by hand by a facilitator) and, once it is closed, its
 * summary: the clusters and notes ranked by their dots.
 */
@ApplicationService
public class WorkshopResults {

  @Inject WorkshopAccessGuard guard;
  @Inject WorkshopRepository workshops;
  @Inject WorkshopGroups groups;
  @Inject RequestContext request;
  @Inject Event<WorkshopChanged> changed;

  /** The groups by number (none before the breakout phase). */
  public Map<Integer, List<WorkshopParticipant>> groups(WorkshopHost host, String workshopId) {
    Workshop workshop = guard.access(host, workshopId).workshop();
    return workshop.phase().hasGroups() ? groups.of(workshop) : Map.of();
  }

  /** Deals everyone into new groups, during the breakout phase. */
  public Map<Integer, List<WorkshopParticipant>> regroup(WorkshopHost host, String workshopId) {
    Workshop workshop = inBreakout(host, workshopId);
    groups.deal(workshop);
    tell(workshop);
    return groups.of(workshop);
  }

  /** Moves one participant to another group (an existing one, or the next new one) by hand. */
  public Map<Integer, List<WorkshopParticipant>> move(WorkshopHost host, String workshopId, String subject, Integer group) {
    Workshop workshop = inBreakout(host, workshopId);
    WorkshopParticipant participant = workshops.participant(workshop, subject).orElseThrow(() -> ApplicationException.notFound("Participant"));
    int next = groups.of(workshop).keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    if (group == null || group < 1 || group > next) {
      throw ApplicationException.invalid("group", "is a group's number, from 1 to " + next + " (" + next + " starts a new group)");
    }
    participant.placeIn(group);
    tell(workshop);
    return groups.of(workshop);
  }

  /** What the closed workshop produced. */
  public WorkshopSummary summary(WorkshopHost host, String workshopId) {
    Workshop workshop = guard.access(host, workshopId).workshop();
    if (workshop.phase() != WorkshopPhase.CLOSED) {
      throw ApplicationException.conflict("The summary is ready once the workshop is CLOSED; it is " + workshop.phase());
    }
    List<WorkshopParticipant> participants = workshops.participants(workshop);
    int organisations = (int) participants.stream().map(p -> p.organisation().id()).distinct().count();
    return WorkshopSummary.of(workshop, workshops.notes(workshop), workshops.tallies(workshop), participants.size(), organisations);
  }

  private Workshop inBreakout(WorkshopHost host, String workshopId) {
    Workshop workshop = guard.access(host, workshopId).facilitated();
    if (workshop.phase() != WorkshopPhase.BREAKOUT) {
      throw ApplicationException.conflict("Groups change during the BREAKOUT phase, not " + workshop.phase());
    }
    return workshop;
  }

  private void tell(Workshop workshop) {
    changed.fire(WorkshopChanged.of(workshop, request.caller().subject()));
  }
}

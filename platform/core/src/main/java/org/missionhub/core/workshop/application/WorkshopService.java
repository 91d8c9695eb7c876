package org.missionhub.core.workshop.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.organisation.application.People;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.domain.WorkshopParticipant;
import org.missionhub.core.workshop.domain.WorkshopPhase;
import org.missionhub.core.workshop.domain.WorkshopPlan;
import org.missionhub.core.workshop.domain.WorkshopVote;
import org.missionhub.core.workshop.persistence.WorkshopRepository;

/**
 * A mission's peer-exchange workshops: its leaders and coordinators prepare them and move them through their
 * phases; whoever sees the mission sees them (outsiders 404, as for the mission). Opening a workshop invites the
 * mission's people; entering the breakout phase deals the participants into groups.
 */
@ApplicationService
public class WorkshopService {

  @Inject MissionAccessGuard guard;
  @Inject WorkshopRepository workshops;
  @Inject People people;
  @Inject RequestContext request;
  @Inject TimeSource time;
  @Inject WorkshopInvitations invitations;
  @Inject WorkshopGroups groups;
  @Inject Event<WorkshopChanged> changed;

  public List<Workshop> list(String missionId) {
    return workshops.of(guard.access(missionId).mission());
  }

  public Workshop get(String missionId, String workshopId) {
    return find(guard.access(missionId), workshopId);
  }

  /** The workshop as the caller sees it. */
  public WorkshopState state(String missionId, String workshopId) {
    MissionAccess access = guard.access(missionId);
    Workshop workshop = find(access, workshopId);
    String me = request.caller().subject();
    List<WorkshopParticipant> participants = workshops.participants(workshop);
    Optional<WorkshopParticipant> mine = participants.stream().filter(p -> p.person().subject().equals(me)).findFirst();
    int spent = workshops.votesOf(workshop, me).stream().mapToInt(WorkshopVote::dots).sum();
    int organisations = (int) participants.stream().map(p -> p.organisation().id()).distinct().count();
    return new WorkshopState(workshop, access.can(MissionPermission.FACILITATE_WORKSHOPS), access.can(MissionPermission.COMMENT),
        mine.isPresent(), mine.flatMap(WorkshopParticipant::group), workshop.dotsPerPerson() - spent, workshops.noteCount(workshop),
        participants.size(), organisations);
  }

  public Workshop create(String missionId, @NotNull @Valid WorkshopPlan plan) {
    MissionAccess access = guard.require(missionId, MissionPermission.FACILITATE_WORKSHOPS);
    access.mission().requireEditable();
    Caller caller = request.caller();
    var facilitator = people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
    Workshop workshop = new Workshop(access.mission(), facilitator, plan, time.now());
    workshops.add(workshop);
    return workshop;
  }

  /** A new plan, before the workshop opens. */
  public Workshop plan(String missionId, String workshopId, long expectedVersion, @NotNull @Valid WorkshopPlan plan) {
    Workshop workshop = facilitated(missionId, workshopId, expectedVersion);
    workshop.plan(plan, time.now());
    return workshop;
  }

  /** Removes a workshop that never opened; an opened one stays, as the record of what people said. */
  public void delete(String missionId, String workshopId, long expectedVersion) {
    Workshop workshop = facilitated(missionId, workshopId, expectedVersion);
    if (workshop.phase() != WorkshopPhase.DRAFT) {
      throw ApplicationException.conflict("Only a workshop that has not opened can be removed");
    }
    workshops.remove(workshop);
  }

  /** Moves the workshop forward: opening it invites the mission's people; the breakout phase forms the groups. */
  public Workshop moveTo(String missionId, String workshopId, long expectedVersion, WorkshopPhase phase) {
    if (phase == null) {
      throw ApplicationException.invalid("phase", "is required: one of " + java.util.Arrays.toString(WorkshopPhase.values()));
    }
    Workshop workshop = facilitated(missionId, workshopId, expectedVersion);
    workshop.moveTo(phase, time.now());
    Caller caller = request.caller();
    if (phase == WorkshopPhase.POSTING) {
      invitations.invite(workshop, caller.subject(), caller.displayName());
    }
    if (phase == WorkshopPhase.BREAKOUT) {
      groups.dealIfNone(workshop);
    }
    changed.fire(new WorkshopChanged(missionId, workshop.id(), caller.subject()));
    return workshop;
  }

  private Workshop facilitated(String missionId, String workshopId, long expectedVersion) {
    MissionAccess access = guard.require(missionId, MissionPermission.FACILITATE_WORKSHOPS);
    access.mission().requireEditable();
    Workshop workshop = find(access, workshopId);
    if (workshop.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This workshop");
    }
    return workshop;
  }

  private Workshop find(MissionAccess access, String workshopId) {
    return workshops.find(access.mission(), workshopId).orElseThrow(() -> ApplicationException.notFound("Workshop"));
  }
}

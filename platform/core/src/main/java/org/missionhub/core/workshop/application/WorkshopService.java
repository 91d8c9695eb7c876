package org.missionhub.core.workshop.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.organisation.application.People;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.PlatformRole;
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
 * Peer-exchange workshops: a mission's leaders and coordinators prepare the mission's, a benchmark analyst the
 * platform's (for the organisations they invite), and move them through their phases. Who may see one is
 * {@link WorkshopAccessGuard}'s answer (outsiders 404). Opening a workshop invites its people; entering the breakout
 * phase deals the participants into groups.
 */
@ApplicationService
public class WorkshopService {

  @Inject MissionAccessGuard missions;
  @Inject WorkshopAccessGuard guard;
  @Inject WorkshopRepository workshops;
  @Inject People people;
  @Inject OrganisationRepository organisationRepository;
  @Inject RequestContext request;
  @Inject TimeSource time;
  @Inject WorkshopInvitations invitations;
  @Inject InvitedOrganisations invited;
  @Inject WorkshopGroups groups;
  @Inject Event<WorkshopChanged> changed;

  /** A mission's workshops. */
  public List<Workshop> list(String missionId) {
    return workshops.of(missions.access(missionId).mission());
  }

  /** Every platform workshop, drafts included (a benchmark analyst). */
  public List<Workshop> listOnPlatform() {
    request.requirePlatformRole(PlatformRole.BENCHMARK_ANALYST);
    return workshops.onPlatform();
  }

  /** The organisations a cross-organisation workshop may invite: the active ones, by name (a benchmark analyst). */
  public List<Organisation> invitable() {
    request.requirePlatformRole(PlatformRole.BENCHMARK_ANALYST);
    return organisationRepository.withStatus(OrganisationStatus.ACTIVE).stream().sorted(java.util.Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** The platform workshops that invite the organisation the request works in and have opened. */
  public List<Workshop> listInvited() {
    return workshops.inviting(request.requireOrganisation().id());
  }

  /** The workshop as the caller sees it. */
  public WorkshopState state(WorkshopHost host, String workshopId) {
    WorkshopAccess access = guard.access(host, workshopId);
    Workshop workshop = access.workshop();
    String me = request.caller().subject();
    List<WorkshopParticipant> participants = workshops.participants(workshop);
    Optional<WorkshopParticipant> mine = participants.stream().filter(p -> p.person().subject().equals(me)).findFirst();
    int spent = workshops.votesOf(workshop, me).stream().mapToInt(WorkshopVote::dots).sum();
    int organisations = (int) participants.stream().map(p -> p.organisation().id()).distinct().count();
    return new WorkshopState(workshop, access.canFacilitate(), access.canTakePart(),
        mine.isPresent(), mine.flatMap(WorkshopParticipant::group), workshop.dotsPerPerson() - spent, workshops.noteCount(workshop),
        participants.size(), organisations, invitedSlugs(access));
  }

  private List<String> invitedSlugs(WorkshopAccess access) {
    if (!access.canFacilitate() || !access.workshop().onPlatform()) {
      return List.of();
    }
    return access.workshop().invited().stream().map(organisationRepository::find).flatMap(Optional::stream).map(o -> o.slug()).sorted().toList();
  }

  /** Prepares a mission's workshop (a LEADER or COORDINATOR of it). */
  public Workshop create(String missionId, @NotNull @Valid WorkshopPlan plan) {
    MissionAccess access = missions.require(missionId, MissionPermission.FACILITATE_WORKSHOPS);
    access.mission().requireEditable();
    requireNoOrganisations(plan);
    Workshop workshop = new Workshop(access.mission(), facilitator(), plan, time.now());
    workshops.add(workshop);
    return workshop;
  }

  /** Prepares a platform workshop for the organisations the plan invites (a benchmark analyst). */
  public Workshop createOnPlatform(@NotNull @Valid WorkshopPlan plan) {
    request.requirePlatformRole(PlatformRole.BENCHMARK_ANALYST);
    Workshop workshop = Workshop.onPlatform(facilitator(), plan, invited.resolve(plan.organisations()), time.now());
    workshops.add(workshop);
    return workshop;
  }

  /**
   * Prepares a platform workshop about a plugin's item (a benchmark analyst, through the plugin): for the active
   * organisations among those named.
   */
  public Workshop createAbout(String pluginId, String item, @NotNull @Valid WorkshopPlan plan, Set<OrganisationId> organisations) {
    request.requirePlatformRole(PlatformRole.BENCHMARK_ANALYST);
    Workshop workshop = Workshop.about(pluginId, item, facilitator(), plan, invited.activeAmong(organisations), time.now());
    workshops.add(workshop);
    return workshop;
  }

  /**
   * The platform workshops about a plugin's item that the caller sees: in an organisation, those that invite it and
   * have opened; at platform level, every one for an analyst and none for anyone else.
   */
  public List<Workshop> about(String pluginId, String item) {
    List<Workshop> about = workshops.about(pluginId, item);
    var organisation = guard.organisation();
    if (organisation.isPresent()) {
      return about.stream().filter(w -> w.isOpenTo(organisation.get())).toList();
    }
    return guard.isAnalyst() ? about : List.of();
  }

  /** A new plan, before the workshop opens. */
  public Workshop plan(WorkshopHost host, String workshopId, long expectedVersion, @NotNull @Valid WorkshopPlan plan) {
    Workshop workshop = facilitated(host, workshopId, expectedVersion);
    if (workshop.onPlatform()) {
      workshop.plan(plan, invited.resolve(plan.organisations()), time.now());
    } else {
      requireNoOrganisations(plan);
      workshop.plan(plan, time.now());
    }
    return workshop;
  }

  /** Removes a workshop that never opened; an opened one stays, as the record of what people said. */
  public void delete(WorkshopHost host, String workshopId, long expectedVersion) {
    Workshop workshop = facilitated(host, workshopId, expectedVersion);
    if (workshop.phase() != WorkshopPhase.DRAFT) {
      throw ApplicationException.conflict("Only a workshop that has not opened can be removed");
    }
    workshops.remove(workshop);
  }

  /** Moves the workshop forward: opening it invites its people; the breakout phase forms the groups. */
  public Workshop moveTo(WorkshopHost host, String workshopId, long expectedVersion, WorkshopPhase phase) {
    if (phase == null) {
      throw ApplicationException.invalid("phase", "is required: one of " + java.util.Arrays.toString(WorkshopPhase.values()));
    }
    Workshop workshop = facilitated(host, workshopId, expectedVersion);
    workshop.moveTo(phase, time.now());
    Caller caller = request.caller();
    if (phase == WorkshopPhase.POSTING) {
      invitations.invite(workshop, caller.subject(), caller.displayName());
    }
    if (phase == WorkshopPhase.BREAKOUT) {
      groups.dealIfNone(workshop);
    }
    changed.fire(WorkshopChanged.of(workshop, caller.subject()));
    return workshop;
  }

  private Workshop facilitated(WorkshopHost host, String workshopId, long expectedVersion) {
    Workshop workshop = guard.access(host, workshopId).facilitated();
    if (workshop.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This workshop");
    }
    return workshop;
  }

  private Person facilitator() {
    Caller caller = request.caller();
    return people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
  }

  private static void requireNoOrganisations(WorkshopPlan plan) {
    if (plan.organisations() != null && !plan.organisations().isEmpty()) {
      throw ApplicationException.invalid("organisations", "a mission's workshop is for the mission's people: it invites no other organisation");
    }
  }
}

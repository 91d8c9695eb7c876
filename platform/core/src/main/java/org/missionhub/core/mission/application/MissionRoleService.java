package org.missionhub.core.mission.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.RoleAssigned;
import org.missionhub.api.event.RoleRemoved;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.organisation.application.MembershipEnding;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.organisation.persistence.PersonRepository;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Mission roles: who works on a mission, through which organisation, in which role. Only people who are
 * members of the lead or an accepted partner can hold roles; a mission always keeps at least one LEADER.
 */
@ApplicationService
public class MissionRoleService {

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject MissionRepository missions;
  @Inject RoleRepository roles;
  @Inject OrganisationRepository organisations;
  @Inject PersonRepository persons;
  @Inject PartnerRepository partners;
  @Inject Tenancy tenancy;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;

  public Page<MissionRoleAssignment> list(String missionId, PageRequest page) {
    return roles.list(guard.access(missionId).mission(), page);
  }

  public MissionRoleAssignment get(String missionId, String assignmentId) {
    Mission mission = guard.access(missionId).mission();
    return roles.find(mission, assignmentId).orElseThrow(() -> ApplicationException.notFound("Mission role"));
  }

  /**
   * Who may be given a role: the members of the lead and of every accepted partner, by organisation. Only
   * for those who may assign roles; names and organisations only.
   */
  public List<RoleCandidate> candidates(String missionId) {
    Mission mission = guard.require(missionId, MissionPermission.ASSIGN_ROLES).mission();
    List<Organisation> participating = new ArrayList<>();
    participating.add(mission.lead());
    participating.addAll(partners.acceptedOrganisations(mission));
    List<RoleCandidate> candidates = new ArrayList<>();
    for (Organisation organisation : participating) {
      tenancy
          .readAs(organisation.id(), MembershipRepository::people)
          .forEach(p -> candidates.add(new RoleCandidate(p.subject(), p.displayName(), organisation.slug(), organisation.name())));
    }
    return candidates;
  }

  public MissionRoleAssignment assign(String missionId, @NotNull @Valid RoleAssignment assignment) {
    Mission mission = guard.require(missionId, MissionPermission.ASSIGN_ROLES).mission();
    mission.requireEditable();
    Organisation organisation = participatingOrganisation(mission, assignment.organisation());
    boolean member =
        tenancy
            .readAs(organisation.id(), em -> MembershipRepository.findBySubject(em, assignment.subject()))
            .isPresent();
    Person person =
        persons
            .find(assignment.subject())
            .filter(p -> member)
            .orElseThrow(() -> ApplicationException.invalid("subject", "is not a member of " + organisation.name()));
    if (roles.exists(mission, assignment.subject(), organisation.id(), assignment.role())) {
      throw ApplicationException.conflict(person.displayName() + " already holds the role " + assignment.role() + " here");
    }
    MissionRoleAssignment role =
        new MissionRoleAssignment(
            mission, person, organisation, assignment.role(), request.caller().subject(), time.now());
    roles.add(role);
    events.fire(new RoleAssigned(organisation.id(), mission.id(), person.subject(), role.role(), time.now()));
    return role;
  }

  public void unassign(String missionId, String assignmentId, long expectedVersion) {
    Mission mission = guard.require(missionId, MissionPermission.ASSIGN_ROLES).mission();
    mission.requireEditable();
    MissionRoleAssignment role =
        roles.find(mission, assignmentId).orElseThrow(() -> ApplicationException.notFound("Mission role"));
    if (role.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This mission role");
    }
    if (role.role() == MissionRole.LEADER && roles.countLeaders(mission) <= 1) {
      throw ApplicationException.conflict("A mission must keep at least one LEADER; assign another leader first");
    }
    remove(role);
  }

  /** Ends the roles held through an organisation that stops being a partner. */
  void endRolesHeldThrough(Mission mission, OrganisationId organisation) {
    removeKeepingALeader(mission, roles.heldThrough(mission, organisation));
  }

  /** A person leaves an organisation: the roles they held through it end, in every mission. */
  void onMembershipEnding(@Observes MembershipEnding ending) {
    List<MissionRoleAssignment> held = roles.heldThrough(ending.organisation(), Optional.of(ending.subject()));
    held.stream()
        .map(MissionRoleAssignment::mission)
        .distinct()
        .forEach(m -> removeKeepingALeader(m, held.stream().filter(r -> r.mission() == m).toList()));
  }

  private void removeKeepingALeader(Mission mission, List<MissionRoleAssignment> leaving) {
    long leadersLeaving = leaving.stream().filter(r -> r.role() == MissionRole.LEADER).count();
    if (leadersLeaving > 0 && roles.countLeaders(mission) <= leadersLeaving) {
      throw ApplicationException.conflict(
          "This would leave the mission \"" + mission.title() + "\" without a LEADER; assign another leader first");
    }
    leaving.forEach(this::remove);
  }

  private void remove(MissionRoleAssignment role) {
    roles.remove(role);
    events.fire(new RoleRemoved(role.organisation().id(), role.mission().id(), role.person().subject(), role.role(), time.now()));
  }

  private Organisation participatingOrganisation(Mission mission, String slug) {
    if (slug == null || slug.isBlank()) {
      return organisations
          .find(request.requireOrganisation().id())
          .orElseThrow(() -> ApplicationException.notFound("Organisation"));
    }
    return organisations
        .findBySlug(slug)
        .filter(o -> missions.isVisibleTo(mission.id(), o.id()))
        .orElseThrow(
            () -> ApplicationException.invalid("organisation", "is not the lead or an accepted partner of this mission"));
  }
}

package org.missionhub.core.erasure.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.PartnerLeft;
import org.missionhub.api.event.RoleRemoved;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.erasure.persistence.ErasureQueries;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;
import org.missionhub.core.tenancy.Tenancy;

/**
 * An organisation being erased leaves the missions of others: one transaction per mission, bound to the
 * organisation that leads it afterwards, so that the change lands in that organisation's audit log (the
 * erased one's goes). Both steps may run again for the same mission and then change nothing.
 */
@ApplicationService
public class MissionDepartures {

  @Inject RequestContext request;
  @Inject MissionRepository missions;
  @Inject PartnerRepository partners;
  @Inject RoleRepository roles;
  @Inject OrganisationRepository organisations;
  @Inject ErasureQueries queries;
  @Inject FormerMembers formerMembers;
  @Inject Tenancy tenancy;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;

  /** {@code newLead}, an accepted partner of the mission the erased organisation leads, takes the lead. */
  public void handOver(MissionId missionId, OrganisationId erased, OrganisationId newLead) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Organisation successor = organisations.find(newLead).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    tenancy.bind(successor.id());
    Mission mission = missions.find(missionId).orElseThrow(() -> ApplicationException.notFound("Mission"));
    if (!mission.lead().id().equals(erased)) {
      return;
    }
    MissionPartner partnership =
        partners
            .find(mission, newLead)
            .filter(MissionPartner::isAccepted)
            .orElseThrow(
                () -> ApplicationException.invalid("handovers." + missionId, successor.slug() + " is no longer an accepted partner of the mission"));
    Organisation leaving = mission.lead();
    queries.remove(partnership);
    mission.handOverLead(successor, time.now());
    removeShare(mission, leaving);
    events.fire(new PartnerLeft(erased, mission.id(), false, time.now()));
  }

  /** The erased organisation stops being a partner (or invited) of another organisation's mission. */
  public void leave(MissionId missionId, OrganisationId erased) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    Mission mission = missions.find(missionId).orElseThrow(() -> ApplicationException.notFound("Mission"));
    if (mission.lead().id().equals(erased)) {
      return;
    }
    tenancy.bind(mission.lead().id());
    Optional<MissionPartner> partnership = partners.find(mission, erased);
    if (partnership.isEmpty()) {
      return;
    }
    MissionPartner partner = partnership.get();
    boolean wasAccepted = partner.isAccepted();
    if (wasAccepted || partner.status() == PartnerStatus.INVITED) {
      partner.end(!wasAccepted, time.now());
    }
    removeShare(mission, partner.organisation());
    if (wasAccepted) {
      events.fire(new PartnerLeft(erased, mission.id(), false, time.now()));
    }
  }

  /**
   * Its people's mission roles end (even the last LEADER's: the lead organisation names another), and the
   * comments and workshop notes they wrote for it stay without their names.
   */
  private void removeShare(Mission mission, Organisation leaving) {
    for (MissionRoleAssignment role : roles.heldThrough(mission, leaving.id())) {
      roles.remove(role);
      events.fire(new RoleRemoved(leaving.id(), mission.id(), role.person().subject(), role.role(), time.now()));
    }
    for (Comment comment : queries.commentsFor(mission, leaving)) {
      comment.anonymise(formerMembers.of(leaving));
    }
    queries.workshopNotesFor(mission, leaving).forEach(note -> note.anonymise(formerMembers.of(leaving)));
    queries.workshopParticipantsFor(mission, leaving).forEach(queries::remove);
  }
}

package org.missionhub.core.workshop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.workshop.domain.Workshop;
import org.missionhub.core.workshop.persistence.WorkshopRepository;

/**
 * The one access check for workshops. A mission's workshop exists for whoever sees the mission (its permissions
 * decide the rest). A platform workshop exists for the benchmark analysts, who facilitate it, and, once it has
 * opened, for the people of the organisations it invites, when the request works in that organisation; for everyone
 * else it answers 404, as if it did not exist.
 */
@ApplicationScoped
public class WorkshopAccessGuard {

  @Inject MissionAccessGuard missions;
  @Inject WorkshopRepository workshops;
  @Inject RequestContext request;

  public WorkshopAccess access(WorkshopHost host, String workshopId) {
    return host instanceof WorkshopHost.InMission inMission ? inMission(inMission.missionId(), workshopId) : onPlatform(workshopId);
  }

  /** Whether the caller facilitates the platform's workshops. */
  public boolean isAnalyst() {
    return request.callerIfAuthenticated().map(c -> c.has(PlatformRole.BENCHMARK_ANALYST)).orElse(false);
  }

  /** The organisation the request works in, if any. */
  public Optional<OrganisationId> organisation() {
    return request.organisation().map(OrganisationContext::id);
  }

  private WorkshopAccess inMission(String missionId, String workshopId) {
    MissionAccess access = missions.access(missionId);
    Workshop workshop = workshops.find(access.mission(), workshopId).orElseThrow(WorkshopAccessGuard::notFound);
    Optional<OrganisationId> takingPart = access.can(MissionPermission.COMMENT) ? Optional.of(access.organisation().id()) : Optional.empty();
    return new WorkshopAccess(workshop, access.can(MissionPermission.FACILITATE_WORKSHOPS), takingPart);
  }

  private WorkshopAccess onPlatform(String workshopId) {
    Workshop workshop = workshops.onPlatform(workshopId).orElseThrow(WorkshopAccessGuard::notFound);
    boolean analyst = isAnalyst();
    Optional<OrganisationId> invited = organisation().filter(workshop::isOpenTo);
    if (!analyst && invited.isEmpty()) {
      throw notFound();
    }
    return new WorkshopAccess(workshop, analyst, invited);
  }

  private static ApplicationException notFound() {
    return ApplicationException.notFound("Workshop");
  }
}

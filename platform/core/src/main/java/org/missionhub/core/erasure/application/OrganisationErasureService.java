package org.missionhub.core.erasure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.erasure.persistence.ErasedAuditLog;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;

/**
 * Erasing an organisation that leaves MissionHub (PLATFORM_ADMIN, issue 18 #16). Not one transaction but a
 * sequence of them, each leaving a consistent state and each safe to run again, so that an erasure that
 * stopped half-way is finished by asking again:
 *
 * <ol>
 *   <li>every mission it leads with partners is handed over to the partner the administrator chose, and it
 *       leaves the missions of others ({@link MissionDepartures}, one transaction per mission, audited in
 *       the log of the organisation that leads it);
 *   <li>its own part goes at once ({@link TenantErasure}): plugin data, missions it leads alone, members,
 *       invitations, plugin choices, the identity-provider organisation; a tombstone stays;
 *   <li>its audit log is removed ({@link ErasedAuditLog}); the platform's log keeps the erasure.
 * </ol>
 *
 * <p>A plugin that is not running cannot erase its part; the erasure goes ahead, says which, and asking
 * again once it runs finishes it (as it does for an audit log that could not be removed).
 *
 * <p>Only a suspended organisation is erased (its people lost access first), and only with its slug typed
 * again. Not transactional itself: each step commits on its own.
 */
@ApplicationScoped
public class OrganisationErasureService {

  private static final Logger LOG = Logger.getLogger(OrganisationErasureService.class.getName());

  @Inject RequestContext request;
  @Inject TenantErasure tenant;
  @Inject MissionDepartures departures;
  @Inject OrganisationRepository organisations;
  @Inject ErasedAuditLog auditLog;

  /** What erasing the organisation would do. */
  public ErasurePlan plan(String slug) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    return tenant.plan(slug);
  }

  /** Erases the organisation (or finishes an erasure that stopped) and answers what is left of it. */
  public ErasureOutcome erase(String slug, long expectedVersion, @NotNull @Valid ErasureRequest order) {
    request.requirePlatformRole(PlatformRole.PLATFORM_ADMIN);
    ErasurePlan plan = tenant.plan(slug);
    if (plan.version() != expectedVersion) {
      throw ApplicationException.staleVersion("The organisation");
    }
    if (!slug.equals(order.confirm())) {
      throw ApplicationException.invalid("confirm", "type the organisation's slug, " + slug + ", to confirm that it is erased for good");
    }
    OrganisationId id = OrganisationId.of(plan.organisationId());
    if (plan.erased()) {
      List<String> notRunning = tenant.erasePluginDataAgain(id);
      return new ErasureOutcome(plan, plan.slug(), OrganisationStatus.ERASED, removeAuditLog(id), notRunning);
    }
    if (plan.status() != OrganisationStatus.SUSPENDED) {
      throw ApplicationException.conflict("Suspend the organisation before erasing it: its people lose access first");
    }
    Map<String, OrganisationId> successors = successors(plan, order.handovers());
    for (ErasurePlan.LedMission mission : plan.handOvers()) {
      departures.handOver(MissionId.of(mission.id()), id, successors.get(mission.id()));
    }
    tenant.partnerships(id).forEach(mission -> departures.leave(mission, id));
    List<String> notRunning = tenant.erase(id, "OrganisationErasureService.erase");
    return new ErasureOutcome(plan, Organisation.tombstoneSlug(id), OrganisationStatus.ERASED, removeAuditLog(id), notRunning);
  }

  /** Every mission handed over names one of its accepted partners; nothing else is named. */
  private Map<String, OrganisationId> successors(ErasurePlan plan, Map<String, String> handovers) {
    List<FieldError> problems = new ArrayList<>();
    Map<String, ErasurePlan.LedMission> byId = plan.handOvers().stream().collect(Collectors.toMap(ErasurePlan.LedMission::id, m -> m));
    handovers.keySet().stream()
        .filter(mission -> !byId.containsKey(mission))
        .forEach(mission -> problems.add(new FieldError("handovers." + mission, "is not a mission the organisation leads with partners")));
    Map<String, OrganisationId> successors = new HashMap<>();
    for (ErasurePlan.LedMission mission : plan.handOvers()) {
      String chosen = handovers.get(mission.id());
      List<String> candidates = mission.partners().stream().map(ErasurePlan.Partner::slug).toList();
      if (chosen == null || !candidates.contains(chosen)) {
        problems.add(new FieldError("handovers." + mission.id(), "choose the partner that takes the lead of \"" + mission.title() + "\": one of " + String.join(", ", candidates)));
        continue;
      }
      organisations.findBySlug(chosen).map(Organisation::id).ifPresent(o -> successors.put(mission.id(), o));
    }
    if (!problems.isEmpty()) {
      throw ApplicationException.invalid(problems);
    }
    return successors;
  }

  private boolean removeAuditLog(OrganisationId id) {
    try {
      int removed = auditLog.delete(id);
      LOG.info(() -> "Removed " + removed + " audit entries of erased organisation " + id);
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The audit log of erased organisation " + id + " is still there; ask for the erasure again", e);
      return false;
    }
  }
}

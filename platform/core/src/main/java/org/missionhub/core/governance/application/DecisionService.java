package org.missionhub.core.governance.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.missionhub.api.event.DecisionAdopted;
import org.missionhub.api.event.DecisionProposed;
import org.missionhub.api.event.DecisionRejected;
import org.missionhub.api.event.DomainEvent;
import org.missionhub.api.event.MissionPhaseChanged;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.DecisionRecord;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/**
 * A mission's decision log. Contributors propose; LEADERs and COORDINATORs record, adopt, reject and
 * supersede; adopting a gate decision, which changes the mission's phase, takes a LEADER.
 */
@ApplicationService
public class DecisionService {

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject GovernanceRepository governance;
  @Inject TimeSource time;
  @Inject Event<DomainEvent> events;

  public Page<Decision> list(String missionId, Optional<DecisionStatus> status, PageRequest page) {
    return governance.decisions(guard.access(missionId).mission(), status, page);
  }

  public Decision get(String missionId, String decisionId) {
    return find(guard.access(missionId).mission(), decisionId);
  }

  public Decision record(String missionId, @NotNull @Valid DecisionRecord record) {
    MissionAccess access = guard.access(missionId);
    DecisionStatus wanted = record.statusOrDefault();
    access.require(wanted == DecisionStatus.PROPOSED ? MissionPermission.PROPOSE_DECISION : MissionPermission.RECORD_DECISIONS);
    requirePhasePermission(access, wanted, record);
    Mission mission = access.mission();
    mission.requireEditable();
    MissionPhase before = mission.phase();
    Decision decision = new Decision(mission, record, request.caller().subject(), time.now());
    governance.add(decision);
    announceStatus(mission, decision, null);
    announcePhaseChange(access, decision, before);
    return decision;
  }

  public Decision revise(String missionId, String decisionId, long expectedVersion, @NotNull @Valid DecisionRecord record) {
    MissionAccess access = guard.require(missionId, MissionPermission.RECORD_DECISIONS);
    Mission mission = access.mission();
    mission.requireEditable();
    Decision decision = find(mission, decisionId);
    requireVersion(decision, expectedVersion);
    if (decision.isProposed()) {
      requirePhasePermission(access, record.statusOrDefault(), record);
    }
    MissionPhase before = mission.phase();
    DecisionStatus statusBefore = decision.status();
    decision.revise(record, time.now());
    announceStatus(mission, decision, statusBefore);
    announcePhaseChange(access, decision, before);
    return decision;
  }

  /** Only a proposal can be deleted; anything decided stays in the log. */
  public void delete(String missionId, String decisionId, long expectedVersion) {
    Mission mission = guard.require(missionId, MissionPermission.RECORD_DECISIONS).mission();
    mission.requireEditable();
    Decision decision = find(mission, decisionId);
    requireVersion(decision, expectedVersion);
    if (!decision.isProposed()) {
      throw ApplicationException.conflict(
          "Only a PROPOSED decision can be deleted; a decided one stays in the log (supersede it instead)");
    }
    governance.remove(decision);
  }

  private static void requirePhasePermission(MissionAccess access, DecisionStatus wanted, DecisionRecord record) {
    if (wanted == DecisionStatus.ADOPTED && record.phaseTo() != null) {
      access.require(MissionPermission.CHANGE_PHASE);
    }
  }

  /** A decision that became PROPOSED, ADOPTED or REJECTED is announced (superseding is not an event of its own). */
  private void announceStatus(Mission mission, Decision decision, DecisionStatus before) {
    if (decision.status() == before) {
      return;
    }
    var lead = mission.lead().id();
    boolean gate = decision.isGateDecision();
    switch (decision.status()) {
      case PROPOSED -> events.fire(new DecisionProposed(lead, mission.id(), decision.id(), gate, time.now()));
      case ADOPTED -> events.fire(new DecisionAdopted(lead, mission.id(), decision.id(), gate, time.now()));
      case REJECTED -> events.fire(new DecisionRejected(lead, mission.id(), decision.id(), gate, time.now()));
      case SUPERSEDED -> {}
    }
  }

  private void announcePhaseChange(MissionAccess access, Decision decision, MissionPhase before) {
    Mission mission = access.mission();
    if (mission.phase() != before) {
      events.fire(
          new MissionPhaseChanged(
              mission.lead().id(), mission.id(), before, mission.phase(), decision.id(), time.now()));
    }
  }

  private Decision find(Mission mission, String decisionId) {
    return governance.find(Decision.class, mission, decisionId).orElseThrow(() -> ApplicationException.notFound("Decision"));
  }

  private static void requireVersion(Decision decision, long expectedVersion) {
    if (decision.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This decision");
    }
  }
}

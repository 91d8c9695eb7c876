package org.missionhub.api.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.governance.DecisionDraft;
import org.missionhub.api.governance.DecisionFacts;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPerson;
import org.missionhub.api.mission.MissionRole;

/**
 * A request about one mission, which the organisation leads or partners (the platform checked it). Mission
 * data is shared by the lead and its partners: key it by {@link #missionId()}. Implemented by the platform
 * only (plugins receive it, never implement it), so that it can grow with the contract.
 */
public interface MissionScope extends OrganisationScope {

  MissionId missionId();

  /** The mission's title, lead, challenge area, governance mode and phase (contract 1.2.0). */
  MissionFacts mission();

  /**
   * The mission target of its charter, the statement everything in the mission contributes to, or nothing
   * while the charter has none (contract 1.6.0).
   */
  default Optional<String> targetStatement() {
    return Optional.empty();
  }

  /** True if the organisation leads the mission (rather than partners it). */
  boolean isLead();

  /** The caller's roles in the mission. */
  Set<MissionRole> roles();

  /**
   * The mission's organisations: the lead first, then every organisation invited to partner it, by name,
   * whatever became of the invitation (contract 1.3.0). Read-only, as every partner sees them.
   */
  List<MissionOrganisation> organisations();

  /**
   * Everyone holding a role in the mission, through the lead or a partner, one entry per role, by name
   * (contract 1.3.0): who a plugin may name as responsible for something of the mission.
   */
  List<MissionPerson> people();

  /** The mission's decision log, newest first, every status (contract 1.3.0). */
  List<DecisionFacts> decisions();

  /**
   * The gate decisions that moved the mission between phases, in the order they were adopted (contract
   * 1.3.0): adopted and superseded gate decisions, by the day decided (then by when recorded).
   */
  default List<DecisionFacts> gates() {
    return decisions().stream()
        .filter(DecisionFacts::isGateDecision)
        .filter(d -> d.status() == DecisionStatus.ADOPTED || d.status() == DecisionStatus.SUPERSEDED)
        .sorted(
            Comparator.comparing(DecisionFacts::decidedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DecisionFacts::recordedAt))
        .toList();
  }

  /**
   * Records a decision in the mission's decision log as the caller (contract 1.3.0), with the checks and
   * the audit of the Governance tab: an adopted or rejected decision needs the caller's right to record
   * decisions, a proposed one the right to propose; it never changes the mission's phase. In the request's
   * transaction (a plugin's {@code inTransaction} work included); returns the decision's id.
   */
  String recordDecision(DecisionDraft draft);

  /** Whether the caller holds a permission, one of the plugin's own ({@code <pluginId>.<name>}). */
  boolean can(String permissionId);

  /** Throws a 403 problem unless the caller holds the permission. */
  default void require(String permissionId) {
    if (!can(permissionId)) {
      throw PluginProblem.forbidden("Your mission roles do not allow this (" + permissionId + ")");
    }
  }

  /**
   * The platform's discussion of the plugin's items in this mission (contract 1.10.0): see {@link Discussions}.
   * The items are those {@link MissionHubPlugin#discussableItem} names.
   */
  default Discussions discussions() {
    throw new UnsupportedOperationException("discussions() needs plugin contract 1.10.0");
  }
}

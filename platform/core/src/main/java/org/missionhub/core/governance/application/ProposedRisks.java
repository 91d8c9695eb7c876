package org.missionhub.core.governance.application;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.api.plugin.RiskProposal;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.AuditTenant;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.governance.domain.RiskRecord;
import org.missionhub.core.governance.persistence.GovernanceRepository;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.shared.TimeSource;

/**
 * Risks plugins propose to a mission's register from their jobs (contract 1.9.0). No person asks for them, so
 * there is no access check: the caller is MissionHub on the plugin's behalf, the risk arrives proposed for the
 * mission's risk managers to accept or dismiss, and the audit entry lands in the lead organisation's log.
 */
@ApplicationService
public class ProposedRisks {

  @Inject MissionRepository missions;
  @Inject GovernanceRepository governance;
  @Inject AuditTenant tenant;
  @Inject TimeSource time;

  /** The new risk's id; empty for a missing or archived mission, or when the register holds this proposal already. */
  public Optional<String> propose(String pluginId, MissionId missionId, RiskProposal proposal) {
    Optional<Mission> found = missions.find(missionId).filter(m -> !m.isArchived());
    if (found.isEmpty() || governance.holdsProposal(found.get(), Risk.origin(pluginId, proposal.key()))) {
      return Optional.empty();
    }
    Mission mission = found.get();
    tenant.bind(mission.lead().id());
    Locale language = mission.language();
    RiskRecord record = new RiskRecord(
        proposal.title().in(language), bounded(proposal.description(), language), proposal.category(), proposal.likelihood(), proposal.impact(), null,
        proposal.mitigation() == null ? null : bounded(proposal.mitigation(), language), RiskStatus.PROPOSED);
    Risk risk = Risk.proposedBy(pluginId, proposal.key(), mission, record, time.now());
    governance.add(risk);
    return Optional.of(risk.id());
  }

  /** The register keeps 4,000 characters of a description or mitigation. */
  private static String bounded(LocalizedText text, Locale language) {
    String written = text.in(language);
    return written.length() <= 4000 ? written : written.substring(0, 3999) + "…";
  }
}

package org.missionhub.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.plugin.RiskProposal;
import org.missionhub.core.governance.application.ProposedRisks;
import org.missionhub.core.security.Caller;
import org.missionhub.core.startup.CallerScope;

/**
 * A plugin's risk proposal from a job (contract 1.9.0, {@code PluginContext.proposeRisk}): written by MissionHub on
 * the plugin's behalf ({@code system:plugin-<id>}) in a request context of its own. Refused inside a request,
 * whose caller is a person and whose organisation may not be the mission's lead.
 */
@ApplicationScoped
public class PluginRiskProposals {

  @Inject CallerScope actor;
  @Inject ProposedRisks proposals;
  @Inject BeanManager beans;

  public Optional<String> propose(String pluginId, MissionId mission, RiskProposal proposal) {
    if (requestActive()) {
      throw new IllegalStateException("a plugin proposes a risk from a job, not inside a request");
    }
    return actor.as(Caller.system("plugin-" + pluginId), null, () -> proposals.propose(pluginId, mission, proposal));
  }

  private boolean requestActive() {
    try {
      return beans.getContext(RequestScoped.class).isActive();
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return false;
    }
  }
}

package org.missionhub.core.erasure.rest;

import java.util.List;
import org.missionhub.core.erasure.application.ErasureOutcome;
import org.missionhub.core.erasure.application.ErasurePlan;
import org.missionhub.core.plugin.rest.DataHoldingDto;

/**
 * What erasing an organisation does (GET), or did (POST: {@code slug} and {@code status} are the
 * tombstone's, {@code formerSlug} and {@code name} what it was called, with {@code auditLogRemoved} and
 * {@code pluginsNotErased}, the plugins that were not running: ask again once they run to finish).
 */
public record ErasurePlanDto(
    String organisationId,
    String slug,
    String formerSlug,
    String name,
    String status,
    List<LedMissionDto> handOvers,
    List<LedMissionDto> deletedMissions,
    int partnershipsLeft,
    long members,
    long invitations,
    long commentsAnonymised,
    List<PluginDataDto> plugins,
    Boolean auditLogRemoved,
    List<String> pluginsNotErased) {

  public record LedMissionDto(String id, String title, List<ErasurePlan.Partner> partners) {}

  public record PluginDataDto(String pluginId, String state, List<DataHoldingDto> holdings, String problem) {}

  static ErasurePlanDto from(ErasurePlan plan) {
    return from(plan, plan.slug(), null, plan.status().name(), null, null);
  }

  static ErasurePlanDto from(ErasureOutcome outcome) {
    ErasurePlan plan = outcome.plan();
    return from(plan, outcome.slug(), plan.slug(), outcome.status().name(), outcome.auditLogRemoved(), outcome.pluginsNotErased());
  }

  private static ErasurePlanDto from(ErasurePlan plan, String slug, String formerSlug, String status, Boolean auditLogRemoved, List<String> pluginsNotErased) {
    return new ErasurePlanDto(
        plan.organisationId(),
        slug,
        formerSlug,
        plan.name(),
        status,
        plan.handOvers().stream().map(ErasurePlanDto::led).toList(),
        plan.deletedMissions().stream().map(ErasurePlanDto::led).toList(),
        plan.partnershipsLeft(),
        plan.members(),
        plan.invitations(),
        plan.commentsAnonymised(),
        plan.plugins().stream()
            .map(p -> new PluginDataDto(p.pluginId(), p.state(), p.holdings().stream().map(DataHoldingDto::from).toList(), p.problem()))
            .toList(),
        auditLogRemoved,
        pluginsNotErased);
  }

  private static LedMissionDto led(ErasurePlan.LedMission mission) {
    return new LedMissionDto(mission.id(), mission.title(), mission.partners());
  }
}

package org.missionhub.core.erasure.application;

import java.util.List;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.plugin.DataHolding;

/**
 * What erasing an organisation does, shown to the platform administrator before (and answered after): the
 * missions it leads and whether a partner must take the lead or they go with it, the missions of others it
 * leaves, and what core and each plugin hold for it. The platform administrator otherwise sees no
 * organisation's data; a mission's title is shown here because choosing who takes the lead needs it.
 */
public record ErasurePlan(
    String organisationId,
    String slug,
    String name,
    OrganisationStatus status,
    long version,
    List<LedMission> handOvers,
    List<LedMission> deletedMissions,
    int partnershipsLeft,
    long members,
    long invitations,
    long commentsAnonymised,
    List<PluginData> plugins) {

  public ErasurePlan {
    handOvers = List.copyOf(handOvers);
    deletedMissions = List.copyOf(deletedMissions);
    plugins = List.copyOf(plugins);
  }

  /** A mission the organisation leads, with the accepted partners that could take the lead (by slug). */
  public record LedMission(String id, String title, List<Partner> partners) {
    public LedMission {
      partners = List.copyOf(partners);
    }
  }

  public record Partner(String slug, String name) {}

  /**
   * What a plugin holds for the organisation; {@code problem} when the plugin is not running. A plugin
   * that is not running cannot erase its part: the erasure goes ahead without it and says so, and asking
   * for the erasure again once the plugin runs finishes it.
   */
  public record PluginData(String pluginId, String state, List<DataHolding> holdings, String problem) {
    public PluginData {
      holdings = List.copyOf(holdings);
    }
  }

  public boolean erased() {
    return status == OrganisationStatus.ERASED;
  }
}

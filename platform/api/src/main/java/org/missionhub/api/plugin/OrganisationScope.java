package org.missionhub.api.plugin;

import java.util.List;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;

/**
 * A request in an organisation that enabled the plugin. The platform has verified the caller's token and
 * membership: {@link #organisationId()} is the tenant every query of the plugin must be limited to.
 */
public interface OrganisationScope {

  OrganisationId organisationId();

  String organisationSlug();

  PersonRef caller();

  boolean isOrganisationAdmin();

  /** The organisation's settings for this plugin. */
  PluginSettings settings();

  /** The organisation's name, type and country (contract 1.2.0). */
  OrganisationFacts organisation();

  /**
   * The missions, not archived, in which the caller holds a role through this organisation (contract
   * 1.2.0), for a plugin that asks people to act for their missions.
   */
  List<MissionFacts> callerMissions();
}

package org.missionhub.api.plugin;

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
}

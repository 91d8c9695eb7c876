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

  /**
   * The missions the organisation takes part in now, as lead or accepted partner, archived ones included,
   * by title (contract 1.3.0): for a plugin's organisation-wide pages (its initiatives across missions).
   */
  default List<MissionFacts> missions() {
    return List.of();
  }

  /**
   * The plugin's database bound to this organisation (contract 1.3.0): on PostgreSQL, its tables with a
   * {@code tenant_id} show this organisation's rows and the rows of missions it takes part in, and accept
   * this organisation's rows only ({@link PluginDatabase}).
   */
  PluginDatabase database();

  /**
   * Records a write of the plugin in the organisation's audit log, as the caller, with the mission for a
   * mission scope (contract 1.3.0). Call it inside the {@code inTransaction} work that writes, so that the
   * write and its record happen together or not at all; the log itself cannot be changed afterwards.
   */
  void audit(AuditRecord record);

  /**
   * The same without naming anyone, and without the mission: for writes that must not be linked to a
   * person, such as a response to an anonymous survey (contract 1.3.0). Give such a record no id that leads
   * back to the person either.
   */
  void auditAnonymously(AuditRecord record);

  /**
   * The cross-organisation workshops about the plugin's items that invite this organisation and have opened
   * (contract 1.11.0): see {@link Workshops}. Preparing one needs the platform scope.
   */
  default Workshops workshops() {
    throw new UnsupportedOperationException("workshops() needs plugin contract 1.11.0");
  }
}

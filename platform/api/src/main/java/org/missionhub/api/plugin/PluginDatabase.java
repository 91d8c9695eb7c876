package org.missionhub.api.plugin;

import java.sql.Connection;
import java.sql.SQLException;
import org.missionhub.api.organisation.OrganisationId;

/**
 * The platform's database, for the plugin's own tables (created by its migrations). Work runs in a
 * transaction: the caller's if one is active, else a new one that commits when the work returns and rolls
 * back if it throws.
 *
 * <p><b>Tenant-safe by construction (contract 1.3.0).</b> Every table with a {@code tenant_id} column is
 * organisation-private: on PostgreSQL, row-level security shows and accepts only the rows of the
 * organisation the database is bound to. A table with {@code tenant_id} and {@code mission_id} holds mission
 * data shared by the mission's organisations: its rows are also visible to every organisation taking part
 * in their mission (the lead and accepted partners), and still writable only with {@code tenant_id} the
 * bound organisation. Work on the database from {@link PluginContext#database()}, bound to nothing, sees
 * none of those rows; take the database of the request's scope ({@link OrganisationScope#database()}), or
 * bind one explicitly for work outside a request (an event listener, a job). Keep the organisation condition
 * in queries all the same: H2, the embedded database, has no row-level security, so there the condition is
 * the only guard.
 */
public interface PluginDatabase {

  <T> T inTransaction(Work<T> work);

  /** {@code "h2"} or {@code "postgresql"}, for the rare statement that differs. */
  String product();

  /** This database bound to one organisation (contract 1.3.0). */
  PluginDatabase forOrganisation(OrganisationId organisation);

  /**
   * The explicit way past the organisation binding, for reads that legitimately cross organisations — a
   * benchmark's aggregates, an analyst's export, a mission survey's responses from the mission's
   * organisations (contract 1.3.0). It reads the plugin's organisation-private rows of every organisation
   * (never the platform's own tables) and writes none. The platform records each use — plugin, purpose,
   * the person at work, when — so obtain it per operation, with a purpose saying what and for whom (for
   * example {@code "CSV export of campaign 4f…"}); keep the query's own conditions narrow.
   */
  PluginDatabase acrossOrganisations(String purpose);

  /** Work on a connection of the current transaction; do not close or commit it. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}

package org.missionhub.core.erasure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.startup.DatabaseOwner;
import org.missionhub.core.tenancy.TenantBinding;

/**
 * Removes the audit log of an erased organisation. The log is append-only for the application's runtime
 * role (SchemaSecurity), so this one deletion runs on the schema owner's connection, and only for an
 * organisation whose row already says ERASED: the statement itself checks it, so no other organisation's
 * log can be reached this way. The platform's own log keeps the record of the erasure.
 */
@ApplicationScoped
public class ErasedAuditLog {

  // the one DELETE of audit entries; ArchitectureTest allows exactly this statement
  private static final String DELETE_ERASED =
      "delete from audit_entry where tenant_id = ? and exists (select 1 from organisation o where o.id = ? and o.status = 'ERASED')";

  @Inject DatabaseOwner owner;

  /** Returns the number of entries removed. */
  public int delete(OrganisationId organisation) {
    try (Connection connection = owner.dataSource().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        // the owner is subject to row-level security too (forced): bind the organisation for this transaction
        TenantBinding.organisation(organisation.toString()).applyTo(connection);
        int removed;
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ERASED)) {
          delete.setString(1, organisation.toString());
          delete.setString(2, organisation.toString());
          removed = delete.executeUpdate();
        }
        connection.commit();
        return removed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove the audit log of erased organisation " + organisation + ": " + e.getMessage(), e);
    }
  }
}

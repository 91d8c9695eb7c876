package org.missionhub.core.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The organisation bound to the current database transaction, as PostgreSQL's row-level security policies
 * read it ({@link SchemaSecurity}). Written with {@code set_config(..., true)}, so it ends with the
 * transaction and never leaks to the next user of a pooled connection. H2 has no row-level security: there
 * the binding is not written and only the application's own guards apply (EclipseLink's tenant filter, the
 * plugins' own conditions).
 *
 * @param tenant the organisation id, or {@code ""} for none
 */
public record TenantBinding(String tenant) {

  /** The setting the policies compare {@code tenant_id} with. */
  public static final String TENANT_SETTING = "missionhub.tenant";

  /** No organisation: tenant-scoped rows are out of reach. */
  public static final TenantBinding NONE = new TenantBinding("");

  public TenantBinding {
    Objects.requireNonNull(tenant, "tenant");
  }

  public static TenantBinding organisation(String tenant) {
    return new TenantBinding(tenant);
  }

  /** Whether the connection's database enforces the binding (PostgreSQL) or ignores it (H2). */
  public static boolean enforcedBy(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }

  /** The binding of the connection's current transaction ({@link #NONE} on H2). */
  public static TenantBinding of(Connection connection) throws SQLException {
    if (!enforcedBy(connection)) {
      return NONE;
    }
    try (PreparedStatement read = connection.prepareStatement("select current_setting(?, true)")) {
      read.setString(1, TENANT_SETTING);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        return new TenantBinding(Objects.toString(row.getString(1), ""));
      }
    }
  }

  /** Binds this organisation to the connection's current transaction (nothing on H2). */
  public void applyTo(Connection connection) throws SQLException {
    if (!enforcedBy(connection)) {
      return;
    }
    try (PreparedStatement write = connection.prepareStatement("select set_config(?, ?, true)")) {
      write.setString(1, TENANT_SETTING);
      write.setString(2, tenant);
      write.executeQuery().close();
    }
  }
}

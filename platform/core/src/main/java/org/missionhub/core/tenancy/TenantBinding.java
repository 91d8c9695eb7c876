package org.missionhub.core.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The organisation bound to the current database transaction (or a plugin's read across organisations), as PostgreSQL's row-level security policies
 * read it ({@link SchemaSecurity}). Written with {@code set_config(..., true)}, so it ends with the
 * transaction and never leaks to the next user of a pooled connection. H2 has no row-level security: there
 * the binding is not written and only the application's own guards apply (EclipseLink's tenant filter, the
 * plugins' own conditions).
 *
 * @param tenant the organisation id, or {@code ""} for none
 * @param acrossOrganisations a plugin's explicit, recorded read across organisations: its own tables show
 *     every organisation's rows (core's never do), and nothing can be written into them
 */
public record TenantBinding(String tenant, boolean acrossOrganisations) {

  /** The setting the policies compare {@code tenant_id} with. */
  public static final String TENANT_SETTING = "missionhub.tenant";

  /** The setting that opens plugin tables to a read across organisations ({@code "on"}). */
  public static final String ACROSS_SETTING = "missionhub.across";

  /** No organisation: tenant-scoped rows are out of reach. */
  public static final TenantBinding NONE = new TenantBinding("", false);

  /** A plugin's read across organisations. */
  public static final TenantBinding ACROSS = new TenantBinding("", true);

  public TenantBinding {
    Objects.requireNonNull(tenant, "tenant");
    if (acrossOrganisations && !tenant.isEmpty()) {
      throw new IllegalArgumentException("a read across organisations is bound to none");
    }
  }

  public static TenantBinding organisation(String tenant) {
    if (tenant.isEmpty()) {
      throw new IllegalArgumentException("organisation id is empty");
    }
    return new TenantBinding(tenant, false);
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
    try (PreparedStatement read = connection.prepareStatement("select current_setting(?, true), current_setting(?, true)")) {
      read.setString(1, TENANT_SETTING);
      read.setString(2, ACROSS_SETTING);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        String tenant = Objects.toString(row.getString(1), "");
        return new TenantBinding(tenant, tenant.isEmpty() && "on".equals(row.getString(2)));
      }
    }
  }

  /** Binds this organisation to the connection's current transaction (nothing on H2). */
  public void applyTo(Connection connection) throws SQLException {
    if (!enforcedBy(connection)) {
      return;
    }
    try (PreparedStatement write = connection.prepareStatement("select set_config(?, ?, true), set_config(?, ?, true)")) {
      write.setString(1, TENANT_SETTING);
      write.setString(2, tenant);
      write.setString(3, ACROSS_SETTING);
      write.setString(4, acrossOrganisations ? "on" : "");
      write.executeQuery().close();
    }
  }
}

package org.missionhub.core.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Secures the schema after every migration, core's and each plugin's, run on the owner's connection. The
 * application connects as a runtime role that owns no table, so it cannot disable what follows:
 *
 * <ul>
 *   <li><b>Grants.</b> The runtime role may read and write every table except Flyway's history, and only
 *       read and insert the append-only tables (the audit log): UPDATE and DELETE on them fail in the
 *       database, on PostgreSQL and on H2.
 *   <li><b>Row-level security</b> (PostgreSQL). Every table with a {@code tenant_id} column, core's or a
 *       plugin's, has RLS enabled and forced, with a policy that shows and accepts only the rows of the
 *       organisation bound to the transaction ({@link TenantBinding}). A table a plugin declares
 *       mission-shared ({@code tenant_id} and {@code mission_id}) holds mission data shared by the
 *       mission's organisations: its rows are also visible, not writable, to the organisations taking part
 *       in their mission (the lead and the accepted partners, as the application's mission access rule
 *       says). A query that forgets its organisation condition therefore sees what the bound organisation
 *       may see only, and with nothing bound, nothing. A plugin's recorded read across organisations
 *       ({@link TenantBinding#acrossOrganisations()}) sees every row of the plugin tables, never of core's
 *       ({@link #CORE_TENANT_TABLES}), and writes none.
 * </ul>
 *
 * <p>Organisation-private by convention, so a plugin's new table is protected without the plugin doing
 * anything; sharing within a mission is what a plugin must declare. The plugin guide states both.
 */
public final class SchemaSecurity {

  /** Tables the runtime role may only read and insert into. */
  public static final Set<String> APPEND_ONLY = Set.of("audit_entry", "platform_audit_entry", "plugin_cross_read");

  /**
   * Core's organisation-private tables. A plugin's read across organisations never opens them; every other
   * table with {@code tenant_id} is a plugin's (core's SchemaSecurityTest keeps this list complete).
   */
  public static final Set<String> CORE_TENANT_TABLES = Set.of("membership", "audit_entry", "member_invitation", "plugin_enablement", "organisation_export", "feed_subscription",
      "webhook_endpoint", "webhook_delivery", "webhook_attempt");

  static final String PRIVATE_POLICY = "missionhub_tenant";

  static final String SHARED_POLICY = "missionhub_mission_shared";

  private static final String BOUND = "current_setting('" + TenantBinding.TENANT_SETTING + "', true)";

  private static final String ACROSS = "current_setting('" + TenantBinding.ACROSS_SETTING + "', true) = 'on'";

  /** The missions the bound organisation leads or is an accepted partner of (core's MissionAccessGuard). */
  private static final String MISSIONS_TAKEN_PART_IN =
      "select m.id from mission m where m.lead_organisation_id = " + BOUND
          + " union all select p.mission_id from mission_partner p where p.organisation_id = " + BOUND + " and p.status = 'ACCEPTED'";

  private static final Logger LOG = Logger.getLogger(SchemaSecurity.class.getName());

  private final String runtimeRole;
  private final String h2Password;

  /**
   * @param runtimeRole the role (PostgreSQL) or user (H2) the application connects as
   * @param h2Password its password, for creating the H2 user; PostgreSQL roles are created by the operator
   */
  public SchemaSecurity(String runtimeRole, String h2Password) {
    if (runtimeRole == null || !runtimeRole.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("the database runtime role must be a plain SQL name: " + runtimeRole);
    }
    this.runtimeRole = runtimeRole;
    this.h2Password = Objects.requireNonNull(h2Password, "h2Password");
  }

  /** Applies grants and private-table policies to every table of the connection's schema; idempotent. */
  public void apply(Connection owner) throws SQLException {
    apply(owner, Set.of());
  }

  /**
   * Applies grants and policies to every table of the connection's schema, with {@code missionShared} (a
   * plugin's declaration, made after its migrations) shared within their missions; idempotent.
   */
  public void apply(Connection owner, Set<String> missionShared) throws SQLException {
    boolean postgresql = TenantBinding.enforcedBy(owner);
    String role = postgresql ? quote(runtimeRole) : quote(runtimeRole.toUpperCase(Locale.ROOT));
    try (Statement ddl = owner.createStatement()) {
      if (postgresql) {
        requireRole(owner);
        ddl.execute("grant usage on schema " + quote(owner.getSchema()) + " to " + role);
      } else {
        // H2 keeps user names in upper case and compares the login name in upper case
        ddl.execute("create user if not exists " + role + " password " + literal(h2Password));
        ddl.execute("alter user " + role + " set password " + literal(h2Password));
      }
      List<Table> tables = tables(owner);
      for (String name : missionShared) {
        if (tables.stream().noneMatch(t -> t.name().equals(name) && t.tenantScoped() && t.hasMission())) {
          throw new IllegalStateException("the table " + name + " is declared mission-shared but has no tenant_id and mission_id columns");
        }
      }
      for (Table table : tables) {
        grant(ddl, table, role);
        if (postgresql && table.tenantScoped()) {
          protect(owner, ddl, table.name(), missionShared.contains(table.name()));
        }
      }
    }
  }

  private void requireRole(Connection owner) throws SQLException {
    try (PreparedStatement find = owner.prepareStatement("select 1 from pg_roles where rolname = ?")) {
      find.setString(1, runtimeRole);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException(
              "The PostgreSQL role " + runtimeRole + " (MISSIONHUB_DB_USER) does not exist: create it as in "
                  + "infra/postgres/create-production-database.sql (docs/operations.md, PostgreSQL)");
        }
      }
    }
  }

  private static void grant(Statement ddl, Table table, String role) throws SQLException {
    String name = quote(table.name());
    if (APPEND_ONLY.contains(table.name())) {
      ddl.execute("revoke update, delete on " + name + " from " + role);
      ddl.execute("grant select, insert on " + name + " to " + role);
    } else {
      ddl.execute("grant select, insert, update, delete on " + name + " to " + role);
    }
  }

  /**
   * A table shared within missions gets the shared policy (replacing a private one); any other keeps
   * whatever policy it has, since only its plugin's declaration, applied after its migrations, knows
   * whether a table is shared.
   */
  private static void protect(Connection owner, Statement ddl, String table, boolean shared) throws SQLException {
    String name = quote(table);
    List<String> policies = policies(owner, table);
    if (shared ? policies.contains(SHARED_POLICY) : !policies.isEmpty()) {
      return;
    }
    ddl.execute("alter table " + name + " enable row level security");
    ddl.execute("alter table " + name + " force row level security");
    String tenant = "tenant_id = " + BOUND;
    String across = CORE_TENANT_TABLES.contains(table) ? "" : " or " + ACROSS;
    if (shared) {
      ddl.execute("drop policy if exists " + PRIVATE_POLICY + " on " + name);
      ddl.execute("create policy " + SHARED_POLICY + " on " + name + " using (" + tenant + " or mission_id in (" + MISSIONS_TAKEN_PART_IN + ")" + across + ") with check (" + tenant + ")");
    } else {
      ddl.execute("create policy " + PRIVATE_POLICY + " on " + name + " using (" + tenant + across + ") with check (" + tenant + ")");
    }
    LOG.info(() -> "Row-level security on " + table + (shared ? " (organisation, and the missions it takes part in)" : " (organisation)"));
  }

  private static List<String> policies(Connection owner, String table) throws SQLException {
    try (PreparedStatement find = owner.prepareStatement("select policyname from pg_policies where schemaname = current_schema() and tablename = ?")) {
      find.setString(1, table);
      List<String> names = new ArrayList<>();
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    }
  }

  private static List<Table> tables(Connection owner) throws SQLException {
    List<Table> tables = new ArrayList<>();
    try (PreparedStatement select =
        owner.prepareStatement(
            """
            select t.table_name,
                   exists (select 1 from information_schema.columns c
                           where c.table_schema = t.table_schema and c.table_name = t.table_name and lower(c.column_name) = 'tenant_id'),
                   exists (select 1 from information_schema.columns c
                           where c.table_schema = t.table_schema and c.table_name = t.table_name and lower(c.column_name) = 'mission_id')
            from information_schema.tables t
            where t.table_schema = ? and t.table_type = 'BASE TABLE'
            order by t.table_name""")) {
      select.setString(1, owner.getSchema());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String name = rows.getString(1);
          if (!name.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
            tables.add(new Table(name, rows.getBoolean(2), rows.getBoolean(3)));
          }
        }
      }
    }
    return tables;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private record Table(String name, boolean tenantScoped, boolean hasMission) {}
}

package org.missionhub.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Database;
import org.missionhub.it.support.ItEnvironment;
import org.missionhub.it.support.Scenario;
import org.missionhub.it.support.Scenario.Org;

/**
 * The running server's database, as its operators would check it: the application works as the runtime
 * role, which owns no table and may only read and insert the audit log; on PostgreSQL every tenant-scoped
 * table, core's and the plugins', has row-level security forced, and the notes plugin's notes are shared
 * within their mission while its event log stays private. (The policies' behaviour is tested in core's
 * SchemaSecurityTest; the partner's view of shared notes through the server in NotesPluginIT.)
 */
class DatabaseRolesIT {

  private static final String RUNTIME = "missionhub_app";

  private static boolean postgresql() {
    return "postgresql".equals(ItEnvironment.database());
  }

  @Test
  void theRuntimeRoleMayOnlyReadAndInsertTheAuditLogs() {
    String privileges = "select count(*) from information_schema.table_privileges where upper(grantee) = upper(?) and lower(table_name) = ? and privilege_type ";
    for (String log : List.of("audit_entry", "platform_audit_entry", "plugin_cross_read")) {
      assertThat(Database.count(privileges + "in ('SELECT', 'INSERT')", RUNTIME, log)).as(log).isEqualTo(2);
      assertThat(Database.count(privileges + "in ('UPDATE', 'DELETE')", RUNTIME, log)).as(log).isZero();
    }
    assertThat(Database.count(privileges + "in ('UPDATE', 'DELETE')", RUNTIME, "membership")).isEqualTo(2);
  }

  @Test
  void theServerWorksAsTheRuntimeRoleWhichOwnsNoTableAndIsHeldByRowLevelSecurity() {
    if (!postgresql()) {
      // H2: the runtime user is not the database's administrator (its grants are checked above)
      assertThat(Database.count("select count(*) from information_schema.users where upper(user_name) = upper(?) and is_admin = false", RUNTIME)).isEqualTo(1);
      return;
    }
    Org org = Scenario.organisation("roles");
    assertThat(org.admin().api().get(org.path() + "/members").status()).isEqualTo(200);
    assertThat(Database.count("select count(*) from pg_stat_activity where datname = current_database() and usename = ?", RUNTIME)).isPositive();
    assertThat(Database.count("select count(*) from pg_tables where schemaname = 'public' and tableowner = ?", RUNTIME)).isZero();
    assertThat(Database.count("select count(*) from pg_roles where rolname = ? and (rolsuper or rolbypassrls)", RUNTIME)).isZero();
    // every tenant-scoped table has row-level security forced
    String tenantTables =
        "from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' "
            + "and exists (select 1 from information_schema.columns k where k.table_schema = 'public' and k.table_name = c.relname and k.column_name = 'tenant_id')";
    assertThat(Database.count("select count(*) " + tenantTables)).isGreaterThanOrEqualTo(7);
    assertThat(Database.count("select count(*) " + tenantTables + " and not (c.relrowsecurity and c.relforcerowsecurity)")).isZero();
    assertThat(Database.count("select count(*) from pg_policies where tablename = 'notes_note' and policyname = 'missionhub_mission_shared'")).isEqualTo(1);
    assertThat(Database.count("select count(*) from pg_policies where tablename = 'notes_event_heard' and policyname = 'missionhub_tenant'")).isEqualTo(1);
    assertThat(Database.count("select count(*) from pg_policies where tablename in ('survey_draft', 'survey_response') and policyname = 'missionhub_mission_shared'")).isEqualTo(2);
    // a plugin's read across organisations opens its own tables, never core's
    assertThat(Database.count("select count(*) from pg_policies where tablename = 'membership' and qual like '%missionhub.across%'")).isZero();
    assertThat(Database.count("select count(*) from pg_policies where tablename = 'survey_response' and qual like '%missionhub.across%'")).isEqualTo(1);
  }
}

package org.missionhub.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.Fixtures.membership;
import static org.missionhub.core.testing.Fixtures.organisation;
import static org.missionhub.core.testing.Fixtures.person;
import static org.missionhub.core.testing.Fixtures.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/**
 * The database's own layer of tenancy, as the server's runtime role meets it: row-level security on
 * PostgreSQL (a query that forgets its organisation condition sees the bound organisation's rows only) and
 * the append-only audit log on both databases. H2 has no row-level security; where its answer differs, the
 * test states H2's answer, so the documented difference is tested too.
 */
class SchemaSecurityTest {

  private record World(Organisation a, Organisation b, String inA, String inB) {}

  private static World world(TestDatabase db) {
    Organisation a = organisation(db, "rls-a");
    Organisation b = organisation(db, "rls-b");
    Person alex = person(db, "alex", "Alex Example");
    return new World(a, b, membership(db, a, alex, OrganisationRole.MEMBER), membership(db, b, alex, OrganisationRole.MEMBER));
  }

  private static boolean rowSecurity(TestDatabase db) {
    return db.kind() == TestDatabase.Kind.POSTGRESQL;
  }

  /** Runs {@code work} as the runtime role in one transaction with {@code binding}, then rolls back. */
  private static <T> T asRuntime(TestDatabase db, TenantBinding binding, SqlWork<T> work) throws SQLException {
    try (Connection c = db.connectAsRuntime()) {
      c.setAutoCommit(false);
      try {
        binding.applyTo(c);
        return work.run(c);
      } finally {
        c.rollback();
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private static List<String> column(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aQueryWithoutOrganisationConditionSeesTheBoundOrganisationsRowsOnly(TestDatabase db) throws SQLException {
    // given
    World w = world(db);
    String[] both = {tenant(w.a()), tenant(w.b())};

    // when: no WHERE on the organisation, only on the two test organisations among everyone's rows
    List<String> seen = asRuntime(db, TenantBinding.organisation(tenant(w.a())), c -> column(c, "select id from membership where tenant_id in (?, ?)", (Object[]) both));
    List<String> explicitlyB = asRuntime(db, TenantBinding.organisation(tenant(w.a())), c -> column(c, "select id from membership where tenant_id = ?", tenant(w.b())));
    List<String> unbound = asRuntime(db, TenantBinding.NONE, c -> column(c, "select id from membership where tenant_id in (?, ?)", (Object[]) both));

    // then
    if (rowSecurity(db)) {
      assertThat(seen).containsExactly(w.inA());
      assertThat(explicitlyB).isEmpty();
      assertThat(unbound).isEmpty();
    } else {
      // H2: the query's own condition is the only guard (docs/architecture.md, "Tenancy")
      assertThat(seen).containsExactlyInAnyOrder(w.inA(), w.inB());
      assertThat(explicitlyB).containsExactly(w.inB());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void rowsAreWrittenOnlyIntoTheBoundOrganisation(TestDatabase db) throws SQLException {
    // given
    World w = world(db);
    String insert = "insert into member_invitation (tenant_id, id, email, org_role, status, email_sent, invited_by, invited_at, version) "
        + "values (?, ?, 'x@example.org', 'MEMBER', 'PENDING', false, 'admin', ?, 0)";
    SqlWork<Integer> intoB = c -> {
      try (PreparedStatement s = c.prepareStatement(insert)) {
        s.setString(1, tenant(w.b()));
        s.setString(2, UUID.randomUUID().toString());
        s.setObject(3, OffsetDateTime.now());
        return s.executeUpdate();
      }
    };
    SqlWork<Integer> moveAToB = c -> {
      try (PreparedStatement s = c.prepareStatement("update membership set tenant_id = ? where id = ?")) {
        s.setString(1, tenant(w.b()));
        s.setString(2, w.inA());
        return s.executeUpdate();
      }
    };

    // when / then
    if (rowSecurity(db)) {
      assertThatThrownBy(() -> asRuntime(db, TenantBinding.organisation(tenant(w.a())), intoB)).hasMessageContaining("row-level security");
      assertThatThrownBy(() -> asRuntime(db, TenantBinding.organisation(tenant(w.a())), moveAToB)).hasMessageContaining("row-level security");
      assertThat(asRuntime(db, TenantBinding.organisation(tenant(w.b())), intoB)).isEqualTo(1);
    } else {
      assertThat(asRuntime(db, TenantBinding.organisation(tenant(w.a())), intoB)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void theAuditLogRefusesUpdateAndDeleteToTheRuntimeRole(TestDatabase db) throws SQLException {
    // given: an entry of organisation A, written as the runtime role
    World w = world(db);
    String id = UUID.randomUUID().toString();
    try (Connection c = db.connectAsRuntime()) {
      c.setAutoCommit(false);
      TenantBinding.organisation(tenant(w.a())).applyTo(c);
      try (PreparedStatement s = c.prepareStatement(
          "insert into audit_entry (tenant_id, id, occurred_at, seq, actor_subject, actor_name, action, entity_type, entity_id, operation, changes) "
              + "values (?, ?, ?, 0, 'actor', 'Actor', 'UPDATED', 'membership', 'm1', 'Test.op', '{}')")) {
        s.setString(1, tenant(w.a()));
        s.setString(2, id);
        s.setObject(3, OffsetDateTime.now());
        s.executeUpdate();
      }
      c.commit();
    }

    // when / then: refused by the database itself, even with the entry's organisation bound
    TenantBinding a = TenantBinding.organisation(tenant(w.a()));
    assertThatThrownBy(() -> asRuntime(db, a, c -> c.createStatement().executeUpdate("update audit_entry set actor_name = 'Someone else' where id = '" + id + "'")))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> asRuntime(db, a, c -> c.createStatement().executeUpdate("delete from audit_entry where id = '" + id + "'")))
        .isInstanceOf(SQLException.class);
    assertThat(db.query("select actor_name from audit_entry where id = ?", id)).containsExactly(List.of("Actor"));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void thePlatformsAuditLogRefusesUpdateAndDeleteToTheRuntimeRole(TestDatabase db) throws SQLException {
    // given: a platform-level entry (no organisation), written as the runtime role
    world(db);
    String id = UUID.randomUUID().toString();
    try (Connection c = db.connectAsRuntime()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(
          "insert into platform_audit_entry (id, occurred_at, actor_subject, actor_name, action, entity_type, entity_id, operation, changes) "
              + "values (?, ?, 'analyst', 'Analyst', 'survey.campaign.created', 'survey.campaign', 'c1', 'plugin survey', '{}')")) {
        s.setString(1, id);
        s.setObject(2, OffsetDateTime.now());
        s.executeUpdate();
      }
      c.commit();
    }

    // when / then: refused by the database itself
    assertThatThrownBy(() -> asRuntime(db, TenantBinding.NONE, c -> c.createStatement().executeUpdate("update platform_audit_entry set actor_name = 'Someone else' where id = '" + id + "'")))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> asRuntime(db, TenantBinding.NONE, c -> c.createStatement().executeUpdate("delete from platform_audit_entry where id = '" + id + "'")))
        .isInstanceOf(SQLException.class);
    assertThat(db.query("select actor_name from platform_audit_entry where id = ?", id)).containsExactly(List.of("Analyst"));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void theRuntimeRoleCannotSwitchRowSecurityOffOrChangeTheSchema(TestDatabase db) {
    assertThatThrownBy(() -> asRuntime(db, TenantBinding.NONE, c -> c.createStatement().executeUpdate(
        rowSecurity(db) ? "alter table membership disable row level security" : "alter table membership add column x int")))
        .isInstanceOf(SQLException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aPluginTableWithTenantAndMissionIsSharedWithTheMissionsOrganisationsOnly(TestDatabase db) throws SQLException {
    // given: a plugin's table, created by its owner-run migration, secured as private by core's run, then
    // declared mission-shared by its plugin; B leads two
    // missions and A is an accepted partner of one of them, a declined one of the other
    String table = "rls_plugin_" + UUID.randomUUID().toString().substring(0, 8);
    String undeclared = table + "_log";
    try (Connection owner = db.connectAsOwner(); Statement ddl = owner.createStatement()) {
      for (String name : List.of(table, undeclared)) {
        ddl.execute("create table " + name + " (id varchar(36) primary key, tenant_id varchar(36) not null, mission_id varchar(36) not null)");
      }
      new SchemaSecurity(TestDatabase.RUNTIME_ROLE, "missionhub").apply(owner);
      new SchemaSecurity(TestDatabase.RUNTIME_ROLE, "missionhub").apply(owner, java.util.Set.of(table));
    }
    World w = world(db);
    String a = tenant(w.a());
    String b = tenant(w.b());
    String shared = mission(db, b, a, "ACCEPTED");
    String declined = mission(db, b, a, "DECLINED");
    insert(db, table, "a-shared", a, shared);
    insert(db, table, "b-shared", b, shared);
    insert(db, table, "b-declined", b, declined);
    insert(db, undeclared, "b-log", b, shared);

    // when
    List<String> seen = asRuntime(db, TenantBinding.organisation(a), c -> column(c, "select id from " + table + " order by id"));
    List<String> seenOfUndeclared = asRuntime(db, TenantBinding.organisation(a), c -> column(c, "select id from " + undeclared));
    List<String> unbound = asRuntime(db, TenantBinding.NONE, c -> column(c, "select id from " + table + " order by id"));

    // then: A's rows and the shared mission's rows; never B's rows of a mission A does not take part in
    if (rowSecurity(db)) {
      assertThat(seen).containsExactly("a-shared", "b-shared");
      assertThat(seenOfUndeclared).as("a table not declared mission-shared stays private").isEmpty();
      assertThat(unbound).isEmpty();
      assertThatThrownBy(() -> asRuntime(db, TenantBinding.organisation(a), c -> c.createStatement().executeUpdate(
          "insert into " + table + " values ('forged', '" + b + "', '" + shared + "')")))
          .hasMessageContaining("row-level security");
    } else {
      assertThat(seen).containsExactly("a-shared", "b-declined", "b-shared");
      assertThat(seenOfUndeclared).containsExactly("b-log");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aPluginsReadAcrossOrganisationsSeesItsOwnTablesNeverCoresAndWritesNothing(TestDatabase db) throws SQLException {
    // given: a private plugin table with rows of two organisations
    String table = "rls_plugin_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection owner = db.connectAsOwner(); Statement ddl = owner.createStatement()) {
      ddl.execute("create table " + table + " (id varchar(36) primary key, tenant_id varchar(36) not null, mission_id varchar(36) not null)");
      new SchemaSecurity(TestDatabase.RUNTIME_ROLE, "missionhub").apply(owner);
    }
    World w = world(db);
    insert(db, table, "in-a", tenant(w.a()), "m");
    insert(db, table, "in-b", tenant(w.b()), "m");

    // when
    List<String> plugins = asRuntime(db, TenantBinding.ACROSS, c -> column(c, "select id from " + table + " order by id"));
    List<String> cores = asRuntime(db, TenantBinding.ACROSS, c -> column(c, "select id from membership where tenant_id in (?, ?)", tenant(w.a()), tenant(w.b())));

    // then
    assertThat(plugins).containsExactly("in-a", "in-b");
    if (rowSecurity(db)) {
      assertThat(cores).isEmpty();
      assertThatThrownBy(() -> asRuntime(db, TenantBinding.ACROSS, c -> c.createStatement().executeUpdate(
          "insert into " + table + " values ('forged', '" + tenant(w.a()) + "', 'm')")))
          .hasMessageContaining("row-level security");
    } else {
      assertThat(cores).containsExactlyInAnyOrder(w.inA(), w.inB());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void everyCoreTenantTableIsListedSoThatNoReadAcrossOrganisationsOpensIt(TestDatabase db) {
    // the tests' own plugin tables aside, every tenant_id table here is core's
    List<String> tenantTables =
        db.query("select lower(table_name) from information_schema.columns where lower(column_name) = 'tenant_id' and lower(table_schema) = 'public'").stream()
            .map(row -> row.get(0))
            .filter(name -> !name.startsWith("rls_plugin_"))
            .toList();
    assertThat(tenantTables).containsExactlyInAnyOrderElementsOf(SchemaSecurity.CORE_TENANT_TABLES);
  }

  /** A mission led by {@code lead} with {@code partner} in the given partnership status; returns its id. */
  private static String mission(TestDatabase db, String lead, String partner, String status) {
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = OffsetDateTime.now();
    db.update(
        "insert into mission (id, lead_organisation_id, title, statement, challenge_area, target_measurable, governance_mode, phase, created_by, created_at, updated_at, version) "
            + "values (?, ?, 'Clean rivers', 'Rivers clean by 2030', 'CLIMATE', false, 'LEAD', 'PREPARATION', 'someone', ?, ?, 0)",
        id, lead, now, now);
    db.update(
        "insert into mission_partner (id, mission_id, organisation_id, status, invited_by, invited_at, version) values (?, ?, ?, ?, 'someone', ?, 0)",
        UUID.randomUUID().toString(), id, partner, status, now);
    return id;
  }

  private static void insert(TestDatabase db, String table, String id, String tenantId, String missionId) throws SQLException {
    try (Connection c = db.connectAsRuntime()) {
      c.setAutoCommit(false);
      TenantBinding.organisation(tenantId).applyTo(c);
      try (PreparedStatement s = c.prepareStatement("insert into " + table + " values (?, ?, ?)")) {
        s.setString(1, id);
        s.setString(2, tenantId);
        s.setString(3, missionId);
        s.executeUpdate();
      }
      c.commit();
    }
  }
}

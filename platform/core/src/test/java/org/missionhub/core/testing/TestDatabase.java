package org.missionhub.core.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaHelper;
import org.flywaydb.core.Flyway;
import org.missionhub.core.tenancy.SchemaSecurity;
import org.missionhub.core.tenancy.Tenancy;

/**
 * A fresh database for one test run, migrated with the platform's Flyway migrations, with an EclipseLink
 * EntityManagerFactory of the {@code missionhub-test} persistence unit (Java SE, RESOURCE_LOCAL) on top.
 *
 * <p>H2 runs in memory in PostgreSQL mode. PostgreSQL runs at 127.0.0.1:5432 (override with the system
 * properties {@code missionhub.test.pg.host} and {@code missionhub.test.pg.port}): the database is created
 * as user {@code postgres}, owned by {@code missionhub}, and dropped again when the run ends. The roles are
 * created here when the server lacks them, so a brand-new machine needs nothing but a running PostgreSQL.
 *
 * <p>As on the server, the owner migrates and {@link SchemaSecurity} secures the schema for the runtime
 * role. The two tenancy layers are tested apart: the EntityManagerFactory and {@link #connect()} work as a
 * test role with the runtime role's grants that bypasses row-level security (on PostgreSQL; on H2 as the
 * runtime user), so EclipseLink's tenant filter is proved on its own; {@link #connectAsRuntime()} works as
 * the runtime role itself, held by row-level security, for the tests of the database's layer.
 *
 * <p>Instances are created and shut down by {@link TestDatabases}; tests only read from them. Tests share a
 * database, so every test creates its own organisations and people under fresh random names.
 */
public final class TestDatabase {

  /** The database engines the tenancy tests run against. */
  public enum Kind {
    H2("H2"),
    POSTGRESQL("PostgreSQL");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public static final String PERSISTENCE_UNIT = "missionhub-test";

  private static final String MIGRATIONS = "classpath:db/migration/core";

  /** The runtime role, as on the server (ui/pom.xml). */
  public static final String RUNTIME_ROLE = "missionhub_app";

  private static final String RUNTIME_PASSWORD = "missionhub";

  /** The EclipseLink-layer tests' role on PostgreSQL: the runtime role's grants, past row-level security. */
  private static final String LAYER_TEST_ROLE = "missionhub_tenancy_test";

  /** Idempotent, and safe when two test JVMs race for it (the loser's duplicate_object is swallowed). */
  private static final String CREATE_ROLES =
      """
      do $$ begin
        if not exists (select from pg_roles where rolname = 'missionhub') then
          create role missionhub login password 'missionhub';
        end if;
        if not exists (select from pg_roles where rolname = 'missionhub_app') then
          create role missionhub_app login password 'missionhub' nobypassrls;
        end if;
        if not exists (select from pg_roles where rolname = 'missionhub_tenancy_test') then
          create role missionhub_tenancy_test login password 'missionhub' bypassrls;
        end if;
      exception when duplicate_object then null;
      end $$""";

  private final Kind kind;
  private final String url;
  /** The URL without settings only an administrator may make (H2's DB_CLOSE_DELAY). */
  private final String runtimeUrl;
  private final String user;
  private final String password;
  private final String owner;
  private final String ownerPassword;
  private final String driver;
  private final Runnable drop;
  private final EntityManagerFactory emf;
  private final SqlRecorder sql = new SqlRecorder();

  private TestDatabase(Kind kind, String url, Login owner, Login user, String driver, Runnable drop) {
    this.kind = kind;
    this.url = url;
    this.runtimeUrl = url.replace(";DB_CLOSE_DELAY=-1", "");
    this.owner = owner.user();
    this.ownerPassword = owner.password();
    this.user = user.user();
    this.password = user.password();
    this.driver = driver;
    this.drop = drop;
    try {
      Flyway.configure().dataSource(url, this.owner, ownerPassword).locations(MIGRATIONS).load().migrate();
      secure();
      Map<String, Object> properties = new HashMap<>();
      properties.put("jakarta.persistence.jdbc.url", runtimeUrl);
      properties.put("jakarta.persistence.jdbc.user", this.user);
      properties.put("jakarta.persistence.jdbc.password", this.password);
      properties.put("jakarta.persistence.jdbc.driver", driver);
      this.emf = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties);
      JpaHelper.getDatabaseSession(emf).getEventManager().addListener(sql);
    } catch (RuntimeException e) {
      drop.run();
      throw e;
    }
  }

  /** Creates and migrates a database of the given kind. */
  public static TestDatabase start(Kind kind) {
    return switch (kind) {
      case H2 -> h2();
      case POSTGRESQL -> postgresql();
    };
  }

  private static TestDatabase h2() {
    String url =
        "jdbc:h2:mem:missionhub_core_test_"
            + randomSuffix()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Runnable shutdown =
        () -> {
          try (Connection c = DriverManager.getConnection(url, "sa", "");
              Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new IllegalStateException("cannot shut the H2 test database down", e);
          }
        };
    return new TestDatabase(Kind.H2, url, new Login("sa", ""), new Login(RUNTIME_ROLE, RUNTIME_PASSWORD), "org.h2.Driver", shutdown);
  }

  private static TestDatabase postgresql() {
    String host = System.getProperty("missionhub.test.pg.host", "127.0.0.1");
    String port = System.getProperty("missionhub.test.pg.port", "5432");
    String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    String name = "missionhub_core_test_" + randomSuffix();
    try (Connection c = DriverManager.getConnection(admin, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(CREATE_ROLES);
      s.execute("create database " + name + " owner missionhub");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the PostgreSQL test database at " + admin + " (user postgres, trust auth)", e);
    }
    Runnable dropDatabase =
        () -> {
          try (Connection c = DriverManager.getConnection(admin, "postgres", "");
              Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
          } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the PostgreSQL test database " + name, e);
          }
        };
    String url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
    return new TestDatabase(
        Kind.POSTGRESQL, url, new Login("missionhub", "missionhub"), new Login(LAYER_TEST_ROLE, RUNTIME_PASSWORD), "org.postgresql.Driver", dropDatabase);
  }

  private record Login(String user, String password) {}

  /** As the server does after migrating: the runtime role's grants and the row-level security policies. */
  private void secure() {
    try (Connection c = DriverManager.getConnection(url, owner, ownerPassword)) {
      new SchemaSecurity(RUNTIME_ROLE, RUNTIME_PASSWORD).apply(c);
      if (kind == Kind.POSTGRESQL) {
        new SchemaSecurity(LAYER_TEST_ROLE, RUNTIME_PASSWORD).apply(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot secure the test database", e);
    }
  }

  private static String randomSuffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  public Kind kind() {
    return kind;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** Records the SQL that EclipseLink sends to this database. */
  public SqlRecorder sql() {
    return sql;
  }

  /** An EntityManager working in {@code tenantId}, set when the EntityManager is created. */
  public EntityManager entityManager(String tenantId) {
    return emf.createEntityManager(Map.of(Tenancy.TENANT_PROPERTY, tenantId));
  }

  /** Runs {@code work} in one committed transaction of an EntityManager working in {@code tenantId}. */
  public <T> T inTenant(String tenantId, Function<EntityManager, T> work) {
    return inTransaction(entityManager(tenantId), work);
  }

  /** Runs {@code work} in one committed transaction of an EntityManager without any tenant. */
  public <T> T withoutTenant(Function<EntityManager, T> work) {
    return inTransaction(emf.createEntityManager(), work);
  }

  private static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** A plain JDBC connection, bypassing EclipseLink and its tenancy (and row-level security). */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(runtimeUrl, user, password);
  }

  /** A plain JDBC connection as the server's runtime role: grants and row-level security hold it. */
  public Connection connectAsRuntime() throws SQLException {
    return DriverManager.getConnection(runtimeUrl, RUNTIME_ROLE, RUNTIME_PASSWORD);
  }

  /** A plain JDBC connection as the schema's owner. */
  public Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(url, owner, ownerPassword);
  }

  /** Plain JDBC query: every row as a list of column values rendered as text (null stays null). */
  public List<List<String>> query(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            Object value = r.getObject(i);
            row.add(value == null ? null : value.toString());
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("JDBC query failed: " + sql, e);
    }
  }

  /** Plain JDBC update; returns the number of rows changed. */
  public int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("JDBC update failed: " + sql, e);
    }
  }

  /**
   * Closes the EntityManagerFactory and drops the database. Not {@link AutoCloseable} on purpose: JUnit
   * closes AutoCloseable arguments of a parameterized test after every invocation.
   */
  void shutdown() {
    try {
      if (emf.isOpen()) {
        emf.close();
      }
    } finally {
      drop.run();
    }
  }

  @Override
  public String toString() {
    return kind.toString();
  }
}

package org.missionhub.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.Fixtures.membership;
import static org.missionhub.core.testing.Fixtures.now;
import static org.missionhub.core.testing.Fixtures.organisation;
import static org.missionhub.core.testing.Fixtures.person;
import static org.missionhub.core.testing.Fixtures.tenant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.tenancy.Tenancy;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/**
 * Tenancy of the audit log, persisted through the real (package-private) {@link AuditEntry} constructor,
 * the way {@link AuditInterceptor} writes entries: on H2 and on PostgreSQL.
 */
class AuditEntryTenancyTest {

  private static final String ACTOR = "actor-subject";

  /** Persists, in the organisation's tenant, an entry whose content is the same in every organisation. */
  private static String entry(TestDatabase db, Organisation organisation, String entityId) {
    return db.inTenant(
        tenant(organisation),
        em -> {
          AuditChange change =
              new AuditChange(
                  AuditChange.Kind.UPDATED,
                  "membership",
                  entityId,
                  null,
                  Map.of("role", "MEMBER"),
                  Map.of("role", "ORG_ADMIN"));
          AuditEntry entry =
              new AuditEntry(now(), 0, ACTOR, "Alex Example", change, "MembershipService.changeRole", ChangeSummary.toJson(change));
          em.persist(entry);
          return entry.id();
        });
  }

  private static List<String> ids(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void entryGetsTheTenantOfTheEntityManagerThatPersistedIt(TestDatabase db) {
    // given
    Organisation a = organisation(db, "org-a");
    Organisation b = organisation(db, "org-b");

    // when: identical entries in A and B
    String inA = entry(db, a, "same-entity");
    String inB = entry(db, b, "same-entity");

    // then
    assertThat(db.query("select tenant_id, action, changes from audit_entry where id = ?", inA))
        .containsExactly(List.of(tenant(a), "membership.updated", "{\"role\":{\"before\":\"MEMBER\",\"after\":\"ORG_ADMIN\"}}"));
    assertThat(db.query("select tenant_id from audit_entry where id = ?", inB)).containsExactly(List.of(tenant(b)));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void auditLogQueriesInTenantASeeOnlyTenantAEntries(TestDatabase db) {
    // given
    Organisation a = organisation(db, "org-a");
    Organisation b = organisation(db, "org-b");
    String inA = entry(db, a, "same-entity");
    String inB = entry(db, b, "same-entity");
    EntityManager em = db.entityManager(tenant(a));
    try {
      // when: the queries AuditLogService builds, filtered by actor, plus lookups of B's entry
      List<AuditEntry> page =
          em.createQuery(
                  "SELECT a FROM AuditEntry a WHERE 1 = 1 AND a.actorSubject = :actor"
                      + " ORDER BY a.occurredAt DESC, a.sequence DESC",
                  AuditEntry.class)
              .setParameter("actor", ACTOR)
              .getResultList();
      long count =
          em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE 1 = 1 AND a.actorSubject = :actor", Long.class)
              .setParameter("actor", ACTOR)
              .getSingleResult();
      List<AuditEntry> foreignById =
          em.createQuery("SELECT a FROM AuditEntry a WHERE a.id = :id", AuditEntry.class)
              .setParameter("id", inB)
              .getResultList();
      AuditEntry foreignFound = em.find(AuditEntry.class, inB);

      // then
      assertThat(ids(page)).containsExactly(inA);
      assertThat(count).isEqualTo(1L);
      assertThat(foreignById).isEmpty();
      assertThat(foreignFound).isNull();
    } finally {
      em.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void bulkDeleteOfAuditEntriesIsRefusedByTheDatabaseInEveryTenant(TestDatabase db) {
    // given: the application has no such statement; the log is append-only in the database itself
    Organisation a = organisation(db, "org-a");
    Organisation b = organisation(db, "org-b");
    String inA = entry(db, a, "same-entity");
    String inB = entry(db, b, "same-entity");

    // when / then: not even the tenant's own entry can be deleted
    for (String id : List.of(inA, inB)) {
      assertThatThrownBy(
              () -> db.inTenant(tenant(a), em -> em.createQuery("DELETE FROM AuditEntry a WHERE a.id = :id").setParameter("id", id).executeUpdate()))
          .isInstanceOf(PersistenceException.class);
    }
    assertThat(db.query("select tenant_id from audit_entry where id in (?, ?) order by tenant_id", inA, inB))
        .containsExactlyInAnyOrder(List.of(tenant(a)), List.of(tenant(b)));
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void readingTheAuditLogWithoutTenantFails(TestDatabase db) {
    // given
    Organisation a = organisation(db, "org-a");
    entry(db, a, "some-entity");
    EntityManager em = db.emf().createEntityManager();
    try {
      // when / then
      assertThatThrownBy(() -> em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult())
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining(Tenancy.TENANT_PROPERTY);
    } finally {
      em.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void withoutCdiTheAuditListenerWritesNoEntriesAndDoesNotBreakWrites(TestDatabase db) {
    // given: an audited entity written in plain Java SE, where AuditListener has no AuditBuffer
    Organisation a = organisation(db, "org-a");
    Person person = person(db, "alex", "Alex Example");

    // when
    String id = membership(db, a, person, OrganisationRole.MEMBER);
    db.inTenant(
        tenant(a),
        em -> {
          em.find(Membership.class, id).changeRole(OrganisationRole.ORG_ADMIN, now());
          return null;
        });

    // then: the change is written, and only AuditInterceptor (absent here) would have written entries
    assertThat(db.query("select org_role from membership where id = ?", id)).containsExactly(List.of("ORG_ADMIN"));
    assertThat(db.query("select count(*) from audit_entry where tenant_id = ?", tenant(a))).containsExactly(List.of("0"));
  }
}

package org.missionhub.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.missionhub.core.testing.Fixtures.membership;
import static org.missionhub.core.testing.Fixtures.organisation;
import static org.missionhub.core.testing.Fixtures.person;
import static org.missionhub.core.testing.Fixtures.tenant;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/**
 * {@link Tenancy} itself on a real EclipseLink EntityManager: the container's injection is replaced by
 * setting its fields, with an EntityManager that starts without tenant, as the transaction-scoped one does.
 */
class TenancyTest {

  private record World(Organisation a, Organisation b, Person shared, String inA, String inB) {}

  private static World world(TestDatabase db) {
    Organisation a = organisation(db, "org-a");
    Organisation b = organisation(db, "org-b");
    Person shared = person(db, "alex", "Alex Example");
    return new World(a, b, shared, membership(db, a, shared, OrganisationRole.MEMBER), membership(db, b, shared, OrganisationRole.MEMBER));
  }

  private static Tenancy tenancy(TestDatabase db, EntityManager em) {
    Tenancy tenancy = new Tenancy();
    tenancy.em = em;
    tenancy.emf = db.emf();
    tenancy.bindings = new TransactionBindings();
    return tenancy;
  }

  private static List<String> memberships(EntityManager em) {
    return em.createQuery("SELECT m FROM Membership m", Membership.class).getResultList().stream().map(Membership::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void bindMakesTheOrganisationTheTenantOfTheTransaction(TestDatabase db) {
    // given
    World w = world(db);
    EntityManager em = db.emf().createEntityManager();
    try {
      em.getTransaction().begin();

      // when
      tenancy(db, em).bind(w.a().id());
      tenancy(db, em).bind(w.a().id());

      // then: binding the same organisation again is harmless
      assertThat(em.getProperties()).containsEntry(Tenancy.TENANT_PROPERTY, tenant(w.a()));
      assertThat(memberships(em)).containsExactly(w.inA());
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void aTransactionCannotSwitchToAnotherOrganisation(TestDatabase db) {
    // given
    World w = world(db);
    EntityManager em = db.emf().createEntityManager();
    try {
      em.getTransaction().begin();
      Tenancy tenancy = tenancy(db, em);
      tenancy.bind(w.a().id());
      List<String> before = memberships(em);

      // when / then
      assertThatThrownBy(() -> tenancy.bind(w.b().id())).isInstanceOf(IllegalStateException.class);
      assertThat(before).containsExactly(w.inA());
      assertThat(memberships(em)).containsExactly(w.inA());
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void readAsReadsAnotherOrganisationThroughItsOwnShortLivedEntityManager(TestDatabase db) {
    // given
    World w = world(db);
    EntityManager em = db.emf().createEntityManager();
    AtomicReference<EntityManager> used = new AtomicReference<>();
    try {
      em.getTransaction().begin();
      Tenancy tenancy = tenancy(db, em);
      tenancy.bind(w.a().id());

      // when: the check MeService makes for each of the caller's organisations
      String found =
          tenancy.readAs(
              w.b().id(),
              other -> {
                used.set(other);
                return MembershipRepository.findBySubject(other, w.shared().subject()).map(Membership::id).orElse(null);
              });

      // then
      assertThat(found).isEqualTo(w.inB());
      assertThat(used.get().isOpen()).isFalse();
      assertThat(memberships(em)).containsExactly(w.inA());
      assertThat(em.getProperties()).containsEntry(Tenancy.TENANT_PROPERTY, tenant(w.a()));
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }
}

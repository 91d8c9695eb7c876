package org.missionhub.core.organisation.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.core.testing.Fixtures.membership;
import static org.missionhub.core.testing.Fixtures.organisation;
import static org.missionhub.core.testing.Fixtures.person;
import static org.missionhub.core.testing.Fixtures.tenant;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/** The repository's own queries, on an EntityManager bound to tenant A, with B holding the same member. */
class MembershipRepositoryTenancyTest {

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void everyRepositoryQueryStaysInTheBoundTenant(TestDatabase db) {
    // given: the same person is an ORG_ADMIN of A and of B
    Organisation a = organisation(db, "org-a");
    Organisation b = organisation(db, "org-b");
    Person shared = person(db, "alex", "Alex Example");
    String inA = membership(db, a, shared, OrganisationRole.ORG_ADMIN);
    String inB = membership(db, b, shared, OrganisationRole.ORG_ADMIN);
    EntityManager em = db.entityManager(tenant(a));
    EntityManager other = db.entityManager(tenant(b));
    MembershipRepository repository = new MembershipRepository();
    repository.em = em;
    try {
      // when
      Optional<Membership> foreign = repository.find(inB);
      Optional<Membership> own = repository.find(inA);
      Optional<Membership> bySubject = repository.findBySubject(shared.subject());
      Optional<Membership> viaReadAs = MembershipRepository.findBySubject(other, shared.subject());
      Page<Membership> list =
          repository.list(PageRequest.first(20, new PageRequest.SortOrder("displayName", false)));
      long admins = repository.countWithRole(OrganisationRole.ORG_ADMIN);

      // then
      assertThat(foreign).isEmpty();
      assertThat(own).map(Membership::id).contains(inA);
      assertThat(bySubject).map(Membership::id).contains(inA);
      assertThat(viaReadAs).map(Membership::id).contains(inB);
      assertThat(list.items()).extracting(Membership::id).containsExactly(inA);
      assertThat(list.totalItems()).isEqualTo(1L);
      assertThat(admins).isEqualTo(1L);
    } finally {
      other.close();
      em.close();
    }
  }
}

package org.missionhub.core.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Memberships of the current tenant's organisation. Every query here is filtered by EclipseLink to the
 * tenant bound to the transaction; none adds an organisation predicate itself.
 */
@ApplicationScoped
public class MembershipRepository {

  public static final Map<String, String> SORTABLE =
      Map.of("displayName", "p.displayName", "role", "m.role", "createdAt", "m.createdAt");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /**
   * By id, through JPQL: the tenant column is part of the primary key, so {@code em.find} with the id alone
   * is not a lookup by identity.
   */
  public Optional<Membership> find(String id) {
    return em.createQuery("SELECT m FROM Membership m WHERE m.id = :id", Membership.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Membership> findBySubject(String subject) {
    return findBySubject(em, subject);
  }

  /** Same query on another EntityManager, for {@link org.missionhub.core.tenancy.Tenancy#readAs}. */
  public static Optional<Membership> findBySubject(EntityManager em, String subject) {
    return em.createQuery("SELECT m FROM Membership m WHERE m.person.subject = :subject", Membership.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public Page<Membership> list(PageRequest page) {
    var query =
        em.createQuery(
            "SELECT m FROM Membership m JOIN m.person p" + Jpql.orderBy(page, SORTABLE, "m.id"), Membership.class);
    long total = em.createQuery("SELECT COUNT(m) FROM Membership m", Long.class).getSingleResult();
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), total);
  }

  /** The people of the tenant the EntityManager is bound to, by name (for {@code Tenancy#readAs}). */
  public static List<Person> people(EntityManager em) {
    return em.createQuery("SELECT p FROM Membership m JOIN m.person p ORDER BY p.displayName, p.subject",
            Person.class)
        .getResultList();
  }

  /** Every membership of the tenant (for reconciliation with the identity provider). */
  public List<Membership> all() {
    return em.createQuery("SELECT m FROM Membership m", Membership.class).getResultList();
  }

  public long countWithRole(OrganisationRole role) {
    return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.role = :role", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  public void add(Membership membership) {
    em.persist(membership);
  }

  public void remove(Membership membership) {
    em.remove(membership);
  }
}

package org.missionhub.core.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.missionhub.core.organisation.domain.MemberInvitation;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/** The current tenant's invitations (filtered by EclipseLink like every tenant-scoped entity). */
@ApplicationScoped
public class InvitationRepository {

  public static final Map<String, String> SORTABLE =
      Map.of("invitedAt", "i.invitedAt", "email", "i.email", "status", "i.status");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<MemberInvitation> find(String id) {
    return em.createQuery("SELECT i FROM MemberInvitation i WHERE i.id = :id", MemberInvitation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<MemberInvitation> pendingFor(String email) {
    return em.createQuery(
            "SELECT i FROM MemberInvitation i WHERE i.email = :email AND i.status = :pending ORDER BY i.invitedAt DESC",
            MemberInvitation.class)
        .setParameter("email", MemberInvitation.normalise(email))
        .setParameter("pending", MemberInvitation.Status.PENDING)
        .getResultStream()
        .findFirst();
  }

  public Page<MemberInvitation> list(Optional<MemberInvitation.Status> status, PageRequest page) {
    String where = status.isPresent() ? " WHERE i.status = :status" : "";
    var query =
        em.createQuery("SELECT i FROM MemberInvitation i" + where + Jpql.orderBy(page, SORTABLE, "i.id"), MemberInvitation.class);
    var count = em.createQuery("SELECT COUNT(i) FROM MemberInvitation i" + where, Long.class);
    status.ifPresent(
        s -> {
          query.setParameter("status", s);
          count.setParameter("status", s);
        });
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  public void add(MemberInvitation invitation) {
    em.persist(invitation);
  }
}

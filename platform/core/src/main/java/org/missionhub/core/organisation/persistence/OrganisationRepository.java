package org.missionhub.core.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/** Organisations. Not tenant-scoped: an organisation's name and type are visible to its partners. */
@ApplicationScoped
public class OrganisationRepository {

  public static final Map<String, String> SORTABLE =
      Map.of("name", "o.name", "slug", "o.slug", "createdAt", "o.createdAt", "status", "o.status");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<Organisation> find(OrganisationId id) {
    return Optional.ofNullable(em.find(Organisation.class, id.toString()));
  }

  public Optional<Organisation> findBySlug(String slug) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.slug = :slug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Organisation> findBySlugs(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT o FROM Organisation o WHERE o.slug IN :slugs ORDER BY o.name", Organisation.class)
        .setParameter("slugs", slugs)
        .getResultList();
  }

  public boolean slugTaken(String slug) {
    return findBySlug(slug).isPresent();
  }

  public Page<Organisation> list(Optional<OrganisationStatus> status, PageRequest page) {
    return list(status, Optional.empty(), page);
  }

  /** Organisations, optionally of one status and whose name or slug contains the text (any case). */
  public Page<Organisation> list(Optional<OrganisationStatus> status, Optional<String> text, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    status.ifPresent(s -> conditions.add("o.status = :status"));
    text.ifPresent(t -> conditions.add("(LOWER(o.name) LIKE :text OR o.slug LIKE :text)"));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    var query =
        em.createQuery(
            "SELECT o FROM Organisation o" + where + Jpql.orderBy(page, SORTABLE, "o.id"), Organisation.class);
    var count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
    status.ifPresent(
        s -> {
          query.setParameter("status", s);
          count.setParameter("status", s);
        });
    text.ifPresent(
        t -> {
          String like = "%" + t.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
          query.setParameter("text", like);
          count.setParameter("text", like);
        });
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  /**
   * Active organisations whose name or slug contains the text, optionally of one type and other than one
   * organisation: the directory people search to find partners.
   */
  public Page<Organisation> directory(
      Optional<String> text, Optional<OrganisationType> type, Optional<OrganisationId> excluding, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE o.status = :active");
    excluding.ifPresent(e -> where.append(" AND o.id <> :excluding"));
    text.ifPresent(t -> where.append(" AND (LOWER(o.name) LIKE :text ESCAPE '\\' OR o.slug LIKE :text ESCAPE '\\')"));
    type.ifPresent(t -> where.append(" AND o.type = :type"));
    var query =
        em.createQuery("SELECT o FROM Organisation o" + where + Jpql.orderBy(page, SORTABLE, "o.id"), Organisation.class);
    var count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
    for (var q : List.of(query, count)) {
      q.setParameter("active", OrganisationStatus.ACTIVE);
      text.ifPresent(t -> q.setParameter("text", Jpql.containsPattern(t)));
      type.ifPresent(t -> q.setParameter("type", t));
      excluding.ifPresent(e -> q.setParameter("excluding", e.toString()));
    }
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  /** Ids of every organisation, for platform-wide maintenance. */
  /** Every organisation in one status, by name. */
  public List<Organisation> withStatus(OrganisationStatus status) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.status = :status ORDER BY o.name, o.slug", Organisation.class)
        .setParameter("status", status)
        .getResultList();
  }

  public List<OrganisationId> allIds() {
    return em.createQuery("SELECT o.id FROM Organisation o ORDER BY o.slug", String.class).getResultStream().map(OrganisationId::of).toList();
  }

  public void add(Organisation organisation) {
    em.persist(organisation);
  }
}

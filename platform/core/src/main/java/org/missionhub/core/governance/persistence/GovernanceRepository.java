package org.missionhub.core.governance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.api.governance.RiskCategory;
import org.missionhub.api.governance.RiskStatus;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.core.governance.domain.GovernanceBody;
import org.missionhub.core.governance.domain.Risk;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Decisions, risks and governance bodies of a mission. Each lookup takes the mission the access guard
 * returned, so a record of another mission is never found through this one.
 */
@ApplicationScoped
public class GovernanceRepository {

  public static final Map<String, String> DECISION_SORTABLE =
      Map.of("decidedOn", "d.decidedOn", "createdAt", "d.createdAt", "title", "d.title", "status", "d.status");
  public static final Map<String, String> RISK_SORTABLE =
      Map.of(
          "score", "r.score",
          "title", "r.title",
          "likelihood", "r.likelihood",
          "impact", "r.impact",
          "createdAt", "r.createdAt",
          "status", "r.status");
  public static final Map<String, String> BODY_SORTABLE = Map.of("name", "b.name", "createdAt", "b.createdAt");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public <T> Optional<T> find(Class<T> type, Mission mission, String id) {
    if (id == null) {
      return Optional.empty();
    }
    T found = em.find(type, id);
    if (found == null || missionOf(found) != mission) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  private static Mission missionOf(Object record) {
    if (record instanceof Decision d) {
      return d.mission();
    }
    if (record instanceof Risk r) {
      return r.mission();
    }
    if (record instanceof GovernanceBody b) {
      return b.mission();
    }
    throw new IllegalArgumentException("not a governance record: " + record.getClass());
  }

  /** Whether the register holds a risk proposed under this origin ({@code plugin:key}) that is not closed. */
  public boolean holdsProposal(Mission mission, String origin) {
    return !em.createQuery("select r.id from Risk r where r.mission = :mission and r.proposedBy = :origin and r.status <> :closed", String.class)
        .setParameter("mission", mission)
        .setParameter("closed", org.missionhub.api.governance.RiskStatus.CLOSED)
        .setParameter("origin", origin)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The mission's whole decision log, newest first. */
  public List<Decision> allDecisions(Mission mission) {
    return em.createQuery("SELECT d FROM Decision d WHERE d.mission = :mission ORDER BY d.createdAt DESC, d.id", Decision.class)
        .setParameter("mission", mission)
        .getResultList();
  }

  public Page<Decision> decisions(Mission mission, Optional<DecisionStatus> status, PageRequest page) {
    String where = " WHERE d.mission = :mission" + (status.isPresent() ? " AND d.status = :status" : "");
    TypedQuery<Decision> query =
        em.createQuery("SELECT d FROM Decision d" + where + Jpql.orderBy(page, DECISION_SORTABLE, "d.id"), Decision.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Decision d" + where, Long.class);
    query.setParameter("mission", mission);
    count.setParameter("mission", mission);
    status.ifPresent(
        s -> {
          query.setParameter("status", s);
          count.setParameter("status", s);
        });
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  public Page<Risk> risks(
      Mission mission, Optional<RiskStatus> status, Optional<RiskCategory> category, PageRequest page) {
    String where =
        " WHERE r.mission = :mission"
            + (status.isPresent() ? " AND r.status = :status" : "")
            + (category.isPresent() ? " AND r.category = :category" : "");
    TypedQuery<Risk> query =
        em.createQuery("SELECT r FROM Risk r" + where + Jpql.orderBy(page, RISK_SORTABLE, "r.id"), Risk.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Risk r" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      q.setParameter("mission", mission);
      status.ifPresent(s -> q.setParameter("status", s));
      category.ifPresent(c -> q.setParameter("category", c));
    }
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  /** Active (open or mitigating) risks of a mission, counted per likelihood and impact. */
  public List<Object[]> activeRiskCells(Mission mission) {
    return em.createQuery(
            "SELECT r.likelihood, r.impact, COUNT(r) FROM Risk r WHERE r.mission = :mission AND r.status IN :active"
                + " GROUP BY r.likelihood, r.impact",
            Object[].class)
        .setParameter("mission", mission)
        .setParameter("active", Risk.ACTIVE)
        .getResultList();
  }

  /** Active high risks per mission, for the given missions. */
  public Map<String, Long> activeHighRiskCounts(Collection<String> missionIds) {
    Map<String, Long> counts = new HashMap<>();
    if (missionIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "SELECT r.mission.id, COUNT(r) FROM Risk r WHERE r.mission.id IN :ids AND r.status IN :active"
                + " AND r.score >= :high GROUP BY r.mission.id",
            Object[].class)
        .setParameter("ids", missionIds)
        .setParameter("active", Risk.ACTIVE)
        .setParameter("high", Risk.HIGH_SCORE)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  public Page<GovernanceBody> bodies(Mission mission, PageRequest page) {
    TypedQuery<GovernanceBody> query =
        em.createQuery(
                "SELECT b FROM GovernanceBody b WHERE b.mission = :mission" + Jpql.orderBy(page, BODY_SORTABLE, "b.id"),
                GovernanceBody.class)
            .setParameter("mission", mission);
    long total =
        em.createQuery("SELECT COUNT(b) FROM GovernanceBody b WHERE b.mission = :mission", Long.class)
            .setParameter("mission", mission)
            .getSingleResult();
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), total);
  }

  public void add(Object record) {
    em.persist(record);
  }

  public void remove(Object record) {
    em.remove(record);
  }
}

package org.missionhub.core.mission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionRole;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/** Mission roles held by people. */
@ApplicationScoped
public class RoleRepository {

  public static final Map<String, String> SORTABLE =
      Map.of("displayName", "person.displayName", "role", "r.role", "organisation", "o.name", "assignedAt", "r.assignedAt");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<MissionRoleAssignment> find(Mission mission, String id) {
    return Optional.ofNullable(em.find(MissionRoleAssignment.class, id)).filter(r -> r.mission().equals(mission));
  }

  public Page<MissionRoleAssignment> list(Mission mission, PageRequest page) {
    var query =
        em.createQuery(
                "SELECT r FROM MissionRoleAssignment r JOIN r.person person JOIN r.organisation o"
                    + " WHERE r.mission = :mission"
                    + Jpql.orderBy(page, SORTABLE, "r.id"),
                MissionRoleAssignment.class)
            .setParameter("mission", mission);
    long total =
        em.createQuery("SELECT COUNT(r) FROM MissionRoleAssignment r WHERE r.mission = :mission", Long.class)
            .setParameter("mission", mission)
            .getSingleResult();
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), total);
  }

  /** Every role held in the mission, by the person's name, then role. */
  public List<MissionRoleAssignment> all(Mission mission) {
    return em.createQuery(
            "SELECT r FROM MissionRoleAssignment r JOIN r.person person WHERE r.mission = :mission ORDER BY person.displayName, r.role, r.id",
            MissionRoleAssignment.class)
        .setParameter("mission", mission)
        .getResultList();
  }

  /** The roles a person holds in a mission through one organisation. */
  public List<MissionRoleAssignment> held(Mission mission, String subject, OrganisationId organisation) {
    return em.createQuery(
            "SELECT r FROM MissionRoleAssignment r WHERE r.mission = :mission AND r.person.subject = :subject"
                + " AND r.organisation.id = :org",
            MissionRoleAssignment.class)
        .setParameter("mission", mission)
        .setParameter("subject", subject)
        .setParameter("org", organisation.toString())
        .getResultList();
  }

  /** Every role held through an organisation, in any mission (optionally only one person's). */
  public List<MissionRoleAssignment> heldThrough(OrganisationId organisation, Optional<String> subject) {
    String bySubject = subject.isPresent() ? " AND r.person.subject = :subject" : "";
    var query =
        em.createQuery(
                "SELECT r FROM MissionRoleAssignment r WHERE r.organisation.id = :org" + bySubject,
                MissionRoleAssignment.class)
            .setParameter("org", organisation.toString());
    subject.ifPresent(s -> query.setParameter("subject", s));
    return query.getResultList();
  }

  /** Roles held in a mission through one organisation (used when a partner leaves). */
  public List<MissionRoleAssignment> heldThrough(Mission mission, OrganisationId organisation) {
    return em.createQuery(
            "SELECT r FROM MissionRoleAssignment r WHERE r.mission = :mission AND r.organisation.id = :org",
            MissionRoleAssignment.class)
        .setParameter("mission", mission)
        .setParameter("org", organisation.toString())
        .getResultList();
  }

  public long countLeaders(Mission mission) {
    return em.createQuery(
            "SELECT COUNT(r) FROM MissionRoleAssignment r WHERE r.mission = :mission AND r.role = :leader", Long.class)
        .setParameter("mission", mission)
        .setParameter("leader", MissionRole.LEADER)
        .getSingleResult();
  }

  /** Number of LEADER roles per mission, for the given missions. */
  public Map<String, Long> leaderCounts(Collection<String> missionIds) {
    Map<String, Long> counts = new HashMap<>();
    if (missionIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.mission.id, COUNT(r) FROM MissionRoleAssignment r WHERE r.mission.id IN :ids"
                    + " AND r.role = :leader GROUP BY r.mission.id",
                Object[].class)
            .setParameter("ids", missionIds)
            .setParameter("leader", MissionRole.LEADER)
            .getResultList();
    rows.forEach(r -> counts.put((String) r[0], (Long) r[1]));
    return counts;
  }

  public boolean exists(Mission mission, String subject, OrganisationId organisation, MissionRole role) {
    return held(mission, subject, organisation).stream().anyMatch(r -> r.role() == role);
  }

  public void add(MissionRoleAssignment assignment) {
    em.persist(assignment);
  }

  public void remove(MissionRoleAssignment assignment) {
    em.remove(assignment);
  }
}

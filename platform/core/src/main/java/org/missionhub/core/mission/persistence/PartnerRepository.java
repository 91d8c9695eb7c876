package org.missionhub.core.mission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/** Partnerships of missions with organisations. */
@ApplicationScoped
public class PartnerRepository {

  public static final Map<String, String> SORTABLE =
      Map.of("organisation", "o.name", "status", "p.status", "invitedAt", "p.invitedAt");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<MissionPartner> find(Mission mission, OrganisationId organisation) {
    return em.createQuery(
            "SELECT p FROM MissionPartner p WHERE p.mission = :mission AND p.organisation.id = :org",
            MissionPartner.class)
        .setParameter("mission", mission)
        .setParameter("org", organisation.toString())
        .getResultStream()
        .findFirst();
  }

  public Optional<MissionPartner> findInvitation(MissionId mission, OrganisationId organisation) {
    return em.createQuery(
            "SELECT p FROM MissionPartner p WHERE p.mission.id = :mission AND p.organisation.id = :org"
                + " AND p.status = :invited",
            MissionPartner.class)
        .setParameter("mission", mission.toString())
        .setParameter("org", organisation.toString())
        .setParameter("invited", PartnerStatus.INVITED)
        .getResultStream()
        .findFirst();
  }

  public Page<MissionPartner> list(Mission mission, PageRequest page) {
    var query =
        em.createQuery(
            "SELECT p FROM MissionPartner p JOIN p.organisation o WHERE p.mission = :mission"
                + Jpql.orderBy(page, SORTABLE, "p.id"),
            MissionPartner.class);
    long total =
        em.createQuery("SELECT COUNT(p) FROM MissionPartner p WHERE p.mission = :mission", Long.class)
            .setParameter("mission", mission)
            .getSingleResult();
    return new Page<>(
        Jpql.page(query.setParameter("mission", mission), page).getResultList(), page.page(), page.size(), total);
  }

  /** Every partnership of the mission, whatever its status, by the organisation's name. */
  public List<MissionPartner> all(Mission mission) {
    return em.createQuery("SELECT p FROM MissionPartner p JOIN p.organisation o WHERE p.mission = :mission ORDER BY o.name, p.id", MissionPartner.class)
        .setParameter("mission", mission)
        .getResultList();
  }

  /** The organisations that are accepted partners of the mission, by name. */
  public List<Organisation> acceptedOrganisations(Mission mission) {
    return em.createQuery(
            "SELECT o FROM MissionPartner p JOIN p.organisation o WHERE p.mission = :mission AND p.status = :accepted ORDER BY o.name",
            Organisation.class)
        .setParameter("mission", mission)
        .setParameter("accepted", PartnerStatus.ACCEPTED)
        .getResultList();
  }

  /** Open invitations addressed to an organisation. */
  public Page<MissionPartner> invitationsFor(OrganisationId organisation, PageRequest page) {
    String where = " WHERE o.id = :org AND p.status = :invited AND p.mission.archivedAt IS NULL";
    var query =
        em.createQuery(
                "SELECT p FROM MissionPartner p JOIN p.organisation o" + where + Jpql.orderBy(page, SORTABLE, "p.id"),
                MissionPartner.class)
            .setParameter("org", organisation.toString())
            .setParameter("invited", PartnerStatus.INVITED);
    long total =
        em.createQuery("SELECT COUNT(p) FROM MissionPartner p JOIN p.organisation o" + where, Long.class)
            .setParameter("org", organisation.toString())
            .setParameter("invited", PartnerStatus.INVITED)
            .getSingleResult();
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), total);
  }

  /** Number of accepted partners per mission, for the given missions. */
  public Map<String, Long> acceptedCounts(Collection<String> missionIds) {
    Map<String, Long> counts = new HashMap<>();
    if (missionIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.mission.id, COUNT(p) FROM MissionPartner p WHERE p.mission.id IN :ids"
                    + " AND p.status = :accepted GROUP BY p.mission.id",
                Object[].class)
            .setParameter("ids", missionIds)
            .setParameter("accepted", PartnerStatus.ACCEPTED)
            .getResultList();
    rows.forEach(r -> counts.put((String) r[0], (Long) r[1]));
    return counts;
  }

  public void add(MissionPartner partner) {
    em.persist(partner);
  }
}

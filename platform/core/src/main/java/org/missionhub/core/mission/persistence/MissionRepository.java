package org.missionhub.core.mission.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;

/**
 * Missions. Missions are shared between their lead and accepted partners, so they are not tenant-scoped;
 * every query that lists them takes the organisation and keeps only missions it leads or is an accepted
 * partner of. Single missions are reached through {@link
 * org.missionhub.core.mission.application.MissionAccessGuard} only.
 */
@ApplicationScoped
public class MissionRepository {

  public static final Map<String, String> SORTABLE =
      Map.of(
          "title", "m.title",
          "createdAt", "m.createdAt",
          "updatedAt", "m.updatedAt",
          "phase", "m.phase",
          "startDate", "m.startDate",
          "endDate", "m.endDate");

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Optional<Mission> find(MissionId id) {
    return Optional.ofNullable(em.find(Mission.class, id.toString()));
  }

  /** True if the organisation leads the mission or is its accepted partner. */
  public boolean isVisibleTo(MissionId mission, OrganisationId organisation) {
    return em.createQuery(
                "SELECT COUNT(m) FROM Mission m WHERE m.id = :mission AND (m.lead.id = :org OR EXISTS ("
                    + "SELECT p FROM MissionPartner p WHERE p.mission = m AND p.organisation.id = :org"
                    + " AND p.status = :accepted))",
                Long.class)
            .setParameter("mission", mission.toString())
            .setParameter("org", organisation.toString())
            .setParameter("accepted", PartnerStatus.ACCEPTED)
            .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
            .getSingleResult()
        > 0;
  }

  /** Every mission the organisation leads or is an accepted partner of, archived ones included. */
  /** The missions not archived whose lead organisation is active, by title: the platform's current missions. */
  public List<Mission> current() {
    return em.createQuery("SELECT m FROM Mission m WHERE m.archivedAt IS NULL AND m.lead.status = :active ORDER BY m.title, m.id", Mission.class)
        .setParameter("active", org.missionhub.api.organisation.OrganisationStatus.ACTIVE)
        .getResultList();
  }

  public List<Mission> takingPart(OrganisationId organisation) {
    return em.createQuery(
            "SELECT m FROM Mission m WHERE m.lead.id = :org OR EXISTS (SELECT p FROM MissionPartner p WHERE p.mission = m AND p.organisation.id = :org"
                + " AND p.status = :accepted) ORDER BY m.title, m.id",
            Mission.class)
        .setParameter("org", organisation.toString())
        .setParameter("accepted", PartnerStatus.ACCEPTED)
        .setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE)
        .getResultList();
  }

  public Page<Mission> list(OrganisationId organisation, MissionFilter filter, PageRequest page) {
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(" WHERE ");
    String lead = "m.lead.id = :org";
    String partner =
        "EXISTS (SELECT p FROM MissionPartner p WHERE p.mission = m AND p.organisation.id = :org AND p.status = :accepted)";
    parameters.put("org", organisation.toString());
    if (filter.relation().isEmpty()) {
      where.append('(').append(lead).append(" OR ").append(partner).append(')');
      parameters.put("accepted", PartnerStatus.ACCEPTED);
    } else if (filter.relation().get() == MissionFilter.Relation.LEAD) {
      where.append(lead);
    } else {
      where.append(partner);
      parameters.put("accepted", PartnerStatus.ACCEPTED);
    }
    if (!filter.includeArchived()) {
      where.append(" AND m.archivedAt IS NULL");
    }
    filter.phase().ifPresent(v -> add(where, parameters, "m.phase = :phase", "phase", v));
    filter.governanceMode().ifPresent(v -> add(where, parameters, "m.governanceMode = :mode", "mode", v));
    filter.challengeArea().ifPresent(v -> add(where, parameters, "m.challengeArea = :area", "area", v));
    filter
        .text()
        .ifPresent(
            t ->
                add(
                    where,
                    parameters,
                    "(LOWER(m.title) LIKE :text ESCAPE '\\' OR LOWER(m.statement) LIKE :text ESCAPE '\\')",
                    "text",
                    Jpql.containsPattern(t)));
    TypedQuery<Mission> query =
        em.createQuery("SELECT m FROM Mission m" + where + Jpql.orderBy(page, SORTABLE, "m.id"), Mission.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Mission m" + where, Long.class);
    // EclipseLink prints values into the SQL of a query with a subquery unless told to bind them: the busiest
    // read would then be new SQL text for every organisation, parsed anew by the database at every request
    query.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
    count.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
    parameters.forEach(
        (name, value) -> {
          query.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  public void add(Mission mission) {
    em.persist(mission);
  }

  private static void add(StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
    where.append(" AND ").append(clause);
    parameters.put(name, value);
  }
}

package org.missionhub.core.activity.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.AuditEntry;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.tenancy.Tenancy;

/**
 * The organisation's activity (issue 17): what changed in every mission it leads or takes part in, by whom, across
 * all their organisations, newest first — the mission activity of {@link MissionActivity}, for all its missions at
 * once, merged from each organisation's audit log and paged by the same cursor. Every member reads it; the attributes
 * changed are named, never their values.
 */
@ApplicationService
public class OrganisationActivity {

  private static final int TIES = 50;

  @Inject RequestContext request;
  @Inject MissionRepository missions;
  @Inject MissionAccessGuard guard;
  @Inject Tenancy tenancy;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** A change and the mission it was in. */
  public record Entry(String missionId, String missionTitle, ActivityItem item) {}

  /** One page and the cursor of the next (empty on the last). */
  public record Page(List<Entry> entries, Optional<ActivityCursor> next) {}

  /**
   * @param mission only this mission (one the organisation sees; else 404), or all of them
   * @param action an action ({@code risk.created}) or its kind ({@code risk}), as the audit log filters them
   */
  public Page list(Optional<ActivityCursor> before, int size, Optional<String> action, Optional<String> mission) {
    if (size < 1 || size > MissionActivity.MAX_PAGE) {
      throw ApplicationException.invalid("size", "is 1 to " + MissionActivity.MAX_PAGE);
    }
    OrganisationId me = request.organisation().orElseThrow(() -> ApplicationException.notFound("Organisation")).id();
    Map<String, Mission> seen = new LinkedHashMap<>();
    if (mission.isPresent()) {
      Mission one = guard.access(mission.get()).mission();
      seen.put(one.id().toString(), one);
    } else {
      missions.takingPart(me).forEach(m -> seen.put(m.id().toString(), m));
    }
    if (seen.isEmpty()) {
      return new Page(List.of(), Optional.empty());
    }
    // whose logs hold the missions' changes: each mission's lead and every partner it had
    Map<OrganisationId, Set<String>> logs = new LinkedHashMap<>();
    seen.values().forEach(m -> logs.computeIfAbsent(m.lead().id(), o -> new LinkedHashSet<>()).add(m.id().toString()));
    em.createQuery("SELECT p.mission.id, p.organisation.id FROM MissionPartner p WHERE p.mission.id IN :missions", Object[].class)
        .setParameter("missions", seen.keySet())
        .getResultList()
        .forEach(row -> logs.computeIfAbsent(OrganisationId.of(row[1].toString()), o -> new LinkedHashSet<>()).add(row[0].toString()));
    List<Entry> merged = new ArrayList<>();
    logs.forEach((organisation, ids) -> merged.addAll(tenancy.readAs(organisation, reader -> {
      StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE a.missionId IN :missions");
      before.ifPresent(c -> jpql.append(" AND a.occurredAt <= :at AND (a.occurredAt < :at OR a.sequence <= :seq)"));
      action.ifPresent(a -> jpql.append(" AND (a.action = :action OR a.action LIKE :actionStart ESCAPE '\\')"));
      jpql.append(" ORDER BY a.occurredAt DESC, a.sequence DESC");
      var query = reader.createQuery(jpql.toString(), AuditEntry.class).setParameter("missions", ids).setMaxResults(size + TIES);
      before.ifPresent(c -> query.setParameter("at", c.occurredAt()).setParameter("seq", c.sequence()));
      action.ifPresent(a -> query.setParameter("action", a)
          .setParameter("actionStart", a.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"));
      return query.getResultList().stream()
          .map(e -> new Entry(e.missionId(), seen.get(e.missionId()).title(), MissionActivity.item(e, organisation)))
          .filter(e -> before.map(c -> c.precedes(e.item())).orElse(true))
          .toList();
    })));
    merged.sort(java.util.Comparator.comparing(Entry::item, ActivityItem.NEWEST_FIRST));
    List<Entry> page = merged.size() > size ? merged.subList(0, size) : merged;
    return new Page(List.copyOf(page), merged.size() > size ? Optional.of(ActivityCursor.after(page.get(page.size() - 1).item())) : Optional.empty());
  }
}

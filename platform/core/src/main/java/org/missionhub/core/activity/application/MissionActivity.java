package org.missionhub.core.activity.application;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.audit.AuditEntry;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionPartner;
import org.missionhub.core.mission.persistence.PartnerRepository;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.tenancy.Tenancy;

/**
 * A mission's activity across its organisations (issue 17): what changed, by whom, newest first, read from the audit
 * log of every organisation that leads or partners it (each records what its people did), merged, and paged by
 * cursor. Everyone who sees the mission reads it; the attributes changed are named, their values are not shown.
 */
@ApplicationService
public class MissionActivity {

  /** The most entries one page holds. */
  public static final int MAX_PAGE = 100;

  /** Entries read beyond a page from each log, for changes sharing the cursor's time and place. */
  private static final int TIES = 50;

  @Inject MissionAccessGuard guard;
  @Inject PartnerRepository partners;
  @Inject Tenancy tenancy;

  /** One page and the cursor of the next (empty on the last). */
  public record Page(List<ActivityItem> items, Optional<ActivityCursor> next) {}

  /**
   * @param action an action ({@code risk.created}) or its kind ({@code risk}), as the audit log filters them
   */
  public Page list(String missionId, Optional<ActivityCursor> before, int size, Optional<String> action) {
    if (size < 1 || size > MAX_PAGE) {
      throw ApplicationException.invalid("size", "is 1 to " + MAX_PAGE);
    }
    Mission mission = guard.access(missionId).mission();
    Set<OrganisationId> organisations = new LinkedHashSet<>();
    organisations.add(mission.lead().id());
    partners.all(mission).stream().map(MissionPartner::organisation).forEach(o -> organisations.add(o.id()));
    List<ActivityItem> merged = new ArrayList<>();
    for (OrganisationId organisation : organisations) {
      merged.addAll(tenancy.readAs(organisation, em -> {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE a.missionId = :mission");
        // up to the cursor's time and place, ties included: the order among ties is settled below, in Java
        // written as a range on the time first, so that the index of V14 starts at the cursor instead of filtering up to it
        before.ifPresent(c -> jpql.append(" AND a.occurredAt <= :at AND (a.occurredAt < :at OR a.sequence <= :seq)"));
        action.ifPresent(a -> jpql.append(" AND (a.action = :action OR a.action LIKE :actionStart ESCAPE '\\')"));
        // the mission first (one value here) so that the index of V14 serves the order, on H2 as on PostgreSQL
        jpql.append(" ORDER BY a.missionId, a.occurredAt DESC, a.sequence DESC");
        var query = em.createQuery(jpql.toString(), AuditEntry.class).setParameter("mission", mission.id().toString()).setMaxResults(size + TIES);
        before.ifPresent(c -> query.setParameter("at", c.occurredAt()).setParameter("seq", c.sequence()));
        action.ifPresent(a -> query.setParameter("action", a)
            .setParameter("actionStart", a.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%"));
        return query.getResultList().stream().map(e -> item(e, organisation)).filter(i -> before.map(c -> c.precedes(i)).orElse(true)).toList();
      }));
    }
    merged.sort(ActivityItem.NEWEST_FIRST);
    List<ActivityItem> page = merged.size() > size ? merged.subList(0, size) : merged;
    return new Page(List.copyOf(page), merged.size() > size ? Optional.of(ActivityCursor.after(page.get(page.size() - 1))) : Optional.empty());
  }

  static ActivityItem item(AuditEntry e, OrganisationId organisation) {
    return new ActivityItem(e.id(), e.occurredAt(), e.sequence(), organisation.toString(), e.actorSubject(), e.actorName(), e.action(), e.entityType(), e.entityId(),
        attributes(e.changes()));
  }

  /** The names of the attributes a change touched, from its summary. */
  static List<String> attributes(String changes) {
    if (changes == null || changes.isBlank()) {
      return List.of();
    }
    try (var reader = JSON.createReader(new StringReader(changes))) {
      return List.copyOf(reader.readObject().keySet());
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}

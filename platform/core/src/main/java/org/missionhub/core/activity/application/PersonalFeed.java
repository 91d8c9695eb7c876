package org.missionhub.core.activity.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.core.activity.domain.PersonVisit;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.governance.domain.Decision;
import org.missionhub.api.governance.DecisionStatus;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.mission.domain.MissionRoleAssignment;
import org.missionhub.core.mission.persistence.MissionRepository;
import org.missionhub.core.mission.persistence.RoleRepository;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.PermissionMatrix;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.TimeSource;

/**
 * A person's own feed in the organisation they work in (issue 17): what changed in their missions since their last
 * visit (by others), the comments that mention them, and what is assigned to them — their mission roles and the
 * decisions waiting for them to adopt or reject. Only missions the organisation sees.
 */
@ApplicationService
public class PersonalFeed {

  /** How many entries a view holds at most, newest first. */
  public static final int LIMIT = 100;

  /** Missions looked at for "since your last visit": the person's most recent ones. */
  static final int MISSIONS = 25;

  /** A change in one of the person's missions. */
  public record Change(MissionId missionId, String missionTitle, ActivityItem item) {}

  /** A comment that mentions the person. */
  public record Mention(Comment comment, String missionTitle) {}

  /** What is assigned to the person: roles, and decisions awaiting their adoption. */
  public record Assigned(List<MissionRoleAssignment> roles, List<Decision> awaitingAdoption) {}

  /** "Since your last visit": the changes and the moment they are counted from. */
  public record Recent(OffsetDateTime since, List<Change> changes) {}

  @Inject RequestContext request;
  @Inject RoleRepository roles;
  @Inject MissionRepository missions;
  @Inject MissionActivity activity;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /**
   * What others changed in the person's missions after {@code since}, or after their previous visit (a week ago
   * for a first visit).
   */
  public Recent sinceLastVisit(Optional<OffsetDateTime> since) {
    String me = request.caller().subject();
    OffsetDateTime from = since.orElseGet(() -> previousVisit(me).orElse(time.now().minusDays(7)));
    Map<String, Mission> mine = new LinkedHashMap<>();
    myRoles().stream().sorted(Comparator.comparing(MissionRoleAssignment::assignedAt).reversed())
        .forEach(r -> mine.putIfAbsent(r.mission().id().toString(), r.mission()));
    List<Change> changes = new ArrayList<>();
    mine.values().stream().limit(MISSIONS).forEach(mission -> activity.list(mission.id().toString(), Optional.empty(), MissionActivity.MAX_PAGE, Optional.empty())
        .items().stream()
        .filter(i -> i.occurredAt().isAfter(from) && !me.equals(i.actorSubject()))
        .forEach(i -> changes.add(new Change(mission.id(), mission.title(), i))));
    changes.sort(Comparator.comparing((Change c) -> c.item(), ActivityItem.NEWEST_FIRST));
    return new Recent(from, List.copyOf(changes.size() > LIMIT ? changes.subList(0, LIMIT) : changes));
  }

  /** Comments that mention the person, newest first, in missions the organisation sees; not deleted or hidden. */
  public List<Mention> mentions() {
    String me = request.caller().subject();
    OrganisationContext organisation = request.requireOrganisation();
    return em.createQuery("SELECT c FROM Comment c JOIN c.mentions m WHERE m = :me ORDER BY c.createdAt DESC, c.id", Comment.class)
        .setParameter("me", me)
        .setMaxResults(LIMIT * 2)
        .getResultList()
        .stream()
        .filter(Comment::isShown)
        .filter(c -> missions.isVisibleTo(c.mission().id(), organisation.id()))
        .limit(LIMIT)
        .map(c -> new Mention(c, c.mission().title()))
        .toList();
  }

  /** The person's roles through the organisation, and the proposed decisions of missions where they adopt decisions. */
  public Assigned assigned() {
    List<MissionRoleAssignment> held = myRoles().stream()
        .filter(r -> !r.mission().isArchived())
        .sorted(Comparator.comparing(MissionRoleAssignment::assignedAt).reversed()).toList();
    List<Mission> deciding = held.stream()
        .filter(r -> PermissionMatrix.of(r.role()).contains(MissionPermission.RECORD_DECISIONS))
        .map(MissionRoleAssignment::mission).distinct().toList();
    List<Decision> waiting = deciding.isEmpty() ? List.of()
        : em.createQuery("SELECT d FROM Decision d WHERE d.mission IN :missions AND d.status = :proposed ORDER BY d.createdAt", Decision.class)
            .setParameter("missions", deciding)
            .setParameter("proposed", DecisionStatus.PROPOSED)
            .setMaxResults(LIMIT)
            .getResultList();
    return new Assigned(held, waiting);
  }

  /** Notes that the person is here (the UI on every page, at most once a minute). */
  public void seen() {
    String me = request.caller().subject();
    PersonVisit visit = em.find(PersonVisit.class, me);
    if (visit == null) {
      em.persist(new PersonVisit(me, time.now()));
    } else {
      visit.seen(time.now());
    }
  }

  private Optional<OffsetDateTime> previousVisit(String subject) {
    return Optional.ofNullable(em.find(PersonVisit.class, subject)).flatMap(PersonVisit::previousVisit);
  }

  private List<MissionRoleAssignment> myRoles() {
    return roles.heldThrough(request.requireOrganisation().id(), Optional.of(request.caller().subject()));
  }
}

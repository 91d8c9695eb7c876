package org.missionhub.core.discussion.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.discussion.domain.CommentText;
import org.missionhub.core.mission.application.MissionAccess;
import org.missionhub.core.mission.application.MissionAccessGuard;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.application.People;
import org.missionhub.core.organisation.application.PersonDetails;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.MissionPermission;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.Jpql;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.shared.TimeSource;

/** A mission's discussion. */
@ApplicationService
public class CommentService {

  public static final java.util.Map<String, String> SORTABLE = java.util.Map.of("createdAt", "c.createdAt");

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject OrganisationRepository organisations;
  @Inject People people;
  @Inject TimeSource time;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  public Page<Comment> list(String missionId, PageRequest page) {
    Mission mission = guard.access(missionId).mission();
    var query =
        em.createQuery("SELECT c FROM Comment c WHERE c.mission = :mission" + Jpql.orderBy(page, SORTABLE, "c.id"), Comment.class)
            .setParameter("mission", mission);
    long total =
        em.createQuery("SELECT COUNT(c) FROM Comment c WHERE c.mission = :mission", Long.class)
            .setParameter("mission", mission)
            .getSingleResult();
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), total);
  }

  public Comment get(String missionId, String commentId) {
    return find(guard.access(missionId).mission(), commentId);
  }

  public Comment post(String missionId, @NotNull @Valid CommentText text) {
    MissionAccess access = guard.require(missionId, MissionPermission.COMMENT);
    access.mission().requireEditable();
    Caller caller = request.caller();
    var author = people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
    var organisation =
        organisations.find(access.organisation().id()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    Comment comment = new Comment(access.mission(), author, organisation, text, time.now());
    em.persist(comment);
    return comment;
  }

  public Comment edit(String missionId, String commentId, long expectedVersion, @NotNull @Valid CommentText text) {
    MissionAccess access = guard.require(missionId, MissionPermission.COMMENT);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    if (!comment.isBy(request.caller().subject())) {
      throw ApplicationException.forbidden("Only the author can edit a comment");
    }
    requireVersion(comment, expectedVersion);
    comment.edit(text, time.now());
    return comment;
  }

  public void delete(String missionId, String commentId, long expectedVersion) {
    MissionAccess access = guard.access(missionId);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    if (!(comment.isBy(request.caller().subject()) && access.can(MissionPermission.COMMENT))
        && !access.can(MissionPermission.RECORD_DECISIONS)) {
      throw ApplicationException.forbidden("Only the author or a LEADER or COORDINATOR can delete a comment");
    }
    requireVersion(comment, expectedVersion);
    em.remove(comment);
  }

  private Comment find(Mission mission, String commentId) {
    Comment comment = commentId == null ? null : em.find(Comment.class, commentId);
    if (comment == null || comment.mission() != mission) {
      throw ApplicationException.notFound("Comment");
    }
    return comment;
  }

  private static void requireVersion(Comment comment, long expectedVersion) {
    if (comment.version() != expectedVersion) {
      throw ApplicationException.staleVersion("This comment");
    }
  }
}

package org.missionhub.core.discussion.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.discussion.domain.CommentItem;
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

/**
 * A mission's discussion: comments on the mission and on its decisions, risks and governance bodies, in threads.
 * Whoever sees the mission reads it (outsiders get 404, as for the mission); every role but observer writes;
 * the author edits (the earlier texts kept) and deletes (a tombstone stays); the mission's leaders and
 * coordinators hide a comment, saying why, and show it again.
 */
@ApplicationService
public class CommentService {

  public static final java.util.Map<String, String> SORTABLE = java.util.Map.of("createdAt", "c.createdAt");

  @Inject RequestContext request;
  @Inject MissionAccessGuard guard;
  @Inject OrganisationRepository organisations;
  @Inject People people;
  @Inject TimeSource time;
  @Inject CommentItems items;
  @Inject Mentions mentions;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** The comments on one item (the mission's own with none named), or with {@code item} empty every comment of the mission; oldest first. */
  public Page<Comment> list(String missionId, Optional<String> item, PageRequest page) {
    Mission mission = guard.access(missionId).mission();
    String where = "c.mission = :mission";
    CommentItem about = null;
    if (item.isPresent()) {
      about = items.of(mission, item.get());
      where += " AND c.itemKind = :kind AND " + (about.id() == null ? "c.itemId IS NULL" : "c.itemId = :itemId");
    }
    var query = em.createQuery("SELECT c FROM Comment c WHERE " + where + Jpql.orderBy(page, SORTABLE, "c.id"), Comment.class);
    var count = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE " + where, Long.class);
    for (var q : java.util.List.of(query, count)) {
      q.setParameter("mission", mission);
      if (about != null) {
        q.setParameter("kind", about.kind());
        if (about.id() != null) {
          q.setParameter("itemId", about.id());
        }
      }
    }
    return new Page<>(Jpql.page(query, page).getResultList(), page.page(), page.size(), count.getSingleResult());
  }

  /** How many comments each item of the mission has that are not deleted, by {@code KIND:id} ({@code MISSION} for its own). */
  public java.util.Map<String, Long> counts(String missionId) {
    Mission mission = guard.access(missionId).mission();
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    em.createQuery("SELECT c.itemKind, c.itemId, COUNT(c) FROM Comment c WHERE c.mission = :mission AND c.deletedAt IS NULL GROUP BY c.itemKind, c.itemId", Object[].class)
        .setParameter("mission", mission)
        .getResultList()
        .forEach(row -> counts.put(row[0] + (row[1] == null ? "" : ":" + row[1]), (Long) row[2]));
    return counts;
  }

  public Comment get(String missionId, String commentId) {
    return find(guard.access(missionId).mission(), commentId);
  }

  public Comment post(String missionId, @NotNull @Valid CommentText text) {
    MissionAccess access = guard.require(missionId, MissionPermission.COMMENT);
    Mission mission = access.mission();
    mission.requireEditable();
    CommentItem item = items.of(mission, text.item());
    Comment answered = null;
    if (text.replyTo() != null && !text.replyTo().isBlank()) {
      answered = em.find(Comment.class, text.replyTo());
      if (answered == null || answered.mission() != mission) {
        throw ApplicationException.invalid("replyTo", "is not a comment of this mission");
      }
      if (!answered.item().equals(item)) {
        throw ApplicationException.invalid("replyTo", "is a comment on another item");
      }
    }
    Set<String> mentioned = mentions.check(mission, text.mentions());
    Caller caller = request.caller();
    var author = people.findOrRecord(new PersonDetails(caller.subject(), caller.displayName(), caller.email()));
    var organisation = organisations.find(access.organisation().id()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
    Comment comment = new Comment(mission, item, answered, author, organisation, text.body(), mentioned, time.now());
    em.persist(comment);
    mentions.tell(comment, Set.of(), where(mission, item));
    return comment;
  }

  /** The author's new text; the item and the comment answered stay. Newly mentioned people are told. */
  public Comment edit(String missionId, String commentId, long expectedVersion, @NotNull @Valid CommentText text) {
    MissionAccess access = guard.require(missionId, MissionPermission.COMMENT);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    if (!comment.isBy(request.caller().subject())) {
      throw ApplicationException.forbidden("Only the author can edit a comment");
    }
    requireVersion(comment, expectedVersion);
    Set<String> before = comment.mentions();
    comment.edit(text.body(), text.mentions() == null ? before : mentions.check(access.mission(), text.mentions()), time.now());
    mentions.tell(comment, before, where(access.mission(), comment.item()));
    return comment;
  }

  /** Deleted by its author: a tombstone stays in the thread. A moderator hides instead. */
  public Comment delete(String missionId, String commentId, long expectedVersion) {
    MissionAccess access = guard.access(missionId);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    if (!comment.isBy(request.caller().subject())) {
      throw ApplicationException.forbidden(access.can(MissionPermission.RECORD_DECISIONS)
          ? "Only the author deletes a comment; hide it instead (POST .../hide)" : "Only the author deletes a comment");
    }
    requireVersion(comment, expectedVersion);
    comment.delete(time.now());
    return comment;
  }

  /** A moderator (a leader or coordinator of the mission) hides a comment, saying why (required: it is shown in its place). */
  public Comment hide(String missionId, String commentId, long expectedVersion, String reason) {
    MissionAccess access = guard.require(missionId, MissionPermission.RECORD_DECISIONS);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    requireVersion(comment, expectedVersion);
    if (reason == null || reason.isBlank()) {
      throw ApplicationException.invalid("reason", "is required: say why the comment is hidden");
    }
    if (reason.strip().length() > 500) {
      throw ApplicationException.invalid("reason", "is at most 500 characters");
    }
    comment.hide(request.caller().subject(), reason, time.now());
    return comment;
  }

  public Comment unhide(String missionId, String commentId, long expectedVersion) {
    MissionAccess access = guard.require(missionId, MissionPermission.RECORD_DECISIONS);
    access.mission().requireEditable();
    Comment comment = find(access.mission(), commentId);
    requireVersion(comment, expectedVersion);
    comment.unhide();
    return comment;
  }

  /** The people who may be mentioned in the mission's discussion. */
  public java.util.List<org.missionhub.core.organisation.domain.Person> mentionable(String missionId) {
    return java.util.List.copyOf(mentions.candidates(guard.access(missionId).mission()).values());
  }

  /** The item, named in the reader's language ("the risk “…” of the mission “…”"). */
  private java.util.function.Function<org.missionhub.core.mail.domain.MailTexts, String> where(Mission mission, CommentItem item) {
    if (item.kind() == CommentItem.Kind.PLUGIN) {
      var named = items.pluginItem(mission, item);
      return texts -> texts.text("where.plugin", named.kind().in(texts.language()), named.title(), mission.title());
    }
    String title = items.title(mission, item);
    return texts -> item.kind() == CommentItem.Kind.MISSION
        ? texts.text("where.mission", title)
        : texts.text("where." + item.kind().name().toLowerCase(java.util.Locale.ROOT), title, mission.title());
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

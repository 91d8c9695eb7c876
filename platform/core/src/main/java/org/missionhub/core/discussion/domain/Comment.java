package org.missionhub.core.discussion.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.shared.ApplicationException;

/**
 * A comment in a mission's discussion, on the mission or one of its items, written by a person working for one of
 * its organisations. Its author edits it (the earlier texts are kept) or deletes it, which leaves a tombstone in
 * the thread; a moderator hides it, saying why. Neither a deleted nor a hidden comment shows its text.
 */
@Entity
@Table(name = "mission_comment")
public class Comment extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, length = 20, updatable = false)
  private CommentItem.Kind itemKind;

  @Column(name = "item_id", length = 200, updatable = false)
  private String itemId;

  /** The first comment of the thread this one answers; null for a thread's first. */
  @Column(name = "reply_to", length = 36, updatable = false)
  private String replyTo;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_subject", nullable = false)
  private Person author;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_organisation_id", nullable = false, updatable = false)
  private Organisation authorOrganisation;

  @Column(nullable = false, length = 4000)
  private String body;

  @ElementCollection
  @CollectionTable(name = "comment_revision", joinColumns = @JoinColumn(name = "comment_id"))
  @OrderColumn(name = "revision")
  private List<CommentRevision> revisions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
  @Column(name = "subject", length = 255)
  private Set<String> mentions = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Column(name = "hidden_at")
  private OffsetDateTime hiddenAt;

  @Column(name = "hidden_by", length = 255)
  private String hiddenBy;

  @Column(name = "hidden_reason", length = 500)
  private String hiddenReason;

  @Version private long version;

  protected Comment() {}

  /**
   * @param replyTo the first comment of the thread answered (on the same item), or null
   * @param mentions the subjects of the people mentioned
   */
  public Comment(Mission mission, CommentItem item, Comment replyTo, Person author, Organisation authorOrganisation, String body, Set<String> mentions,
      OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.itemKind = item.kind();
    this.itemId = item.id();
    if (replyTo != null) {
      if (!replyTo.item().equals(item) || replyTo.mission() != mission) {
        throw new IllegalArgumentException("a reply is on the item of the comment it answers");
      }
      this.replyTo = replyTo.replyTo == null ? replyTo.id : replyTo.replyTo;
    }
    this.author = Objects.requireNonNull(author, "author");
    this.authorOrganisation = Objects.requireNonNull(authorOrganisation, "authorOrganisation");
    this.body = body.strip();
    this.mentions.addAll(mentions);
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A new text; the one it replaces is kept. The mentions become {@code mentions}. */
  public void edit(String text, Set<String> mentions, OffsetDateTime now) {
    requireShown();
    revisions.add(new CommentRevision(body, editedAt == null ? createdAt : editedAt));
    this.body = text.strip();
    this.mentions.clear();
    this.mentions.addAll(mentions);
    this.editedAt = now;
  }

  /** Deleted by its author: a tombstone holding its place in the thread, its texts and mentions gone. */
  public void delete(OffsetDateTime now) {
    if (deletedAt != null) {
      throw ApplicationException.conflict("This comment is deleted already");
    }
    this.body = "";
    this.revisions.clear();
    this.mentions.clear();
    this.deletedAt = now;
  }

  /** Hidden by a moderator, who says why; audited. */
  public void hide(String moderator, String reason, OffsetDateTime now) {
    requireShown();
    this.hiddenAt = Objects.requireNonNull(now, "now");
    this.hiddenBy = Objects.requireNonNull(moderator, "moderator");
    this.hiddenReason = Objects.requireNonNull(reason, "reason").strip();
  }

  /** Shown again by a moderator. */
  public void unhide() {
    if (hiddenAt == null) {
      throw ApplicationException.conflict("This comment is not hidden");
    }
    this.hiddenAt = null;
    this.hiddenBy = null;
    this.hiddenReason = null;
  }

  private void requireShown() {
    if (deletedAt != null) {
      throw ApplicationException.conflict("This comment was deleted");
    }
    if (hiddenAt != null) {
      throw ApplicationException.conflict("This comment was hidden by a moderator");
    }
  }

  /**
   * The author's organisation was erased: the comment stays in the mission's discussion, its author is
   * replaced by the nameless stand-in of that organisation's former members.
   */
  public void anonymise(Person formerMember) {
    this.author = Objects.requireNonNull(formerMember, "formerMember");
  }

  public boolean isBy(String subject) {
    return author.subject().equals(subject);
  }

  public String id() {
    return id;
  }

  public Mission mission() {
    return mission;
  }

  public CommentItem item() {
    return new CommentItem(itemKind, itemId);
  }

  public String replyTo() {
    return replyTo;
  }

  public Person author() {
    return author;
  }

  public Organisation authorOrganisation() {
    return authorOrganisation;
  }

  /** The text as written; empty once deleted. Whether to show it is {@link #isShown()}. */
  public String body() {
    return body;
  }

  /** Neither deleted nor hidden. */
  public boolean isShown() {
    return deletedAt == null && hiddenAt == null;
  }

  public List<CommentRevision> revisions() {
    return List.copyOf(revisions);
  }

  public Set<String> mentions() {
    return Set.copyOf(mentions);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime editedAt() {
    return editedAt;
  }

  public OffsetDateTime deletedAt() {
    return deletedAt;
  }

  public OffsetDateTime hiddenAt() {
    return hiddenAt;
  }

  public String hiddenBy() {
    return hiddenBy;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public long version() {
    return version;
  }

  @Override
  protected String auditType() {
    return "comment";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected String auditMissionId() {
    return mission.id().toString();
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("author", author.subject());
    state.put("item", itemKind + (itemId == null ? "" : ":" + itemId));
    state.put("replyTo", replyTo);
    state.put("body", body);
    state.put("deleted", deletedAt != null);
    state.put("hidden", hiddenAt != null);
    state.put("hiddenReason", hiddenReason);
    return state;
  }
}

package org.missionhub.core.discussion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.core.audit.AuditedEntity;
import org.missionhub.core.mission.domain.Mission;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;

/** A comment in a mission's discussion, written by a person working for one of its organisations. */
@Entity
@Table(name = "mission_comment")
public class Comment extends AuditedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mission_id", nullable = false, updatable = false)
  private Mission mission;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_subject", nullable = false)
  private Person author;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_organisation_id", nullable = false, updatable = false)
  private Organisation authorOrganisation;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Version private long version;

  protected Comment() {}

  public Comment(Mission mission, Person author, Organisation authorOrganisation, CommentText text, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.mission = Objects.requireNonNull(mission, "mission");
    this.author = Objects.requireNonNull(author, "author");
    this.authorOrganisation = Objects.requireNonNull(authorOrganisation, "authorOrganisation");
    this.body = text.body().strip();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public void edit(CommentText text, OffsetDateTime now) {
    this.body = text.body().strip();
    this.editedAt = now;
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

  public Person author() {
    return author;
  }

  public Organisation authorOrganisation() {
    return authorOrganisation;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime editedAt() {
    return editedAt;
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
    state.put("body", body);
    return state;
  }
}

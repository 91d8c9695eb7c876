package org.missionhub.core.discussion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A comment's text as it was before an edit, and since when. */
@Embeddable
public class CommentRevision {

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  protected CommentRevision() {}

  public CommentRevision(String body, OffsetDateTime writtenAt) {
    this.body = Objects.requireNonNull(body, "body");
    this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
  }

  public String body() {
    return body;
  }

  public OffsetDateTime writtenAt() {
    return writtenAt;
  }
}

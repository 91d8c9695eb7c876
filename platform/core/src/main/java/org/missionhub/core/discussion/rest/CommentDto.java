package org.missionhub.core.discussion.rest;

import java.time.OffsetDateTime;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.organisation.rest.OrganisationRefDto;

/** JSON shape of a comment. */
public record CommentDto(
    String id,
    String authorSubject,
    String authorName,
    OrganisationRefDto authorOrganisation,
    String body,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    long version) {

  public static CommentDto from(Comment c) {
    return new CommentDto(
        c.id(),
        c.author().subject(),
        c.author().displayName(),
        OrganisationRefDto.from(c.authorOrganisation()),
        c.body(),
        c.createdAt(),
        c.editedAt(),
        c.version());
  }
}

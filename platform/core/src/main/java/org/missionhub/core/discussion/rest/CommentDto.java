package org.missionhub.core.discussion.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.missionhub.core.discussion.domain.Comment;
import org.missionhub.core.organisation.rest.OrganisationRefDto;
import org.missionhub.core.shared.SafeMarkdown;

/**
 * JSON shape of a comment: {@code item} what it is about ({@code MISSION}, {@code DECISION:<id>}, ...), {@code replyTo}
 * the first comment of its thread, {@code body} its Markdown and {@code bodyHtml} that rendered safely (both absent
 * once deleted or hidden), {@code mentions} the subjects it mentions, {@code revisions} how many earlier texts it has.
 */
public record CommentDto(
    String id,
    String item,
    String replyTo,
    String authorSubject,
    String authorName,
    OrganisationRefDto authorOrganisation,
    String body,
    String bodyHtml,
    List<String> mentions,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    int revisions,
    OffsetDateTime deletedAt,
    Hidden hidden,
    long version) {

  /** Hidden by a moderator: when, by whom (subject) and why. */
  public record Hidden(OffsetDateTime at, String by, String reason) {}

  public static CommentDto from(Comment c) {
    String item = c.item().key();
    boolean shown = c.isShown();
    return new CommentDto(
        c.id(),
        item,
        c.replyTo(),
        c.author().subject(),
        c.author().displayName(),
        OrganisationRefDto.from(c.authorOrganisation()),
        shown ? c.body() : null,
        shown ? SafeMarkdown.html(c.body()) : null,
        shown ? List.copyOf(c.mentions()) : List.of(),
        c.createdAt(),
        c.editedAt(),
        shown ? c.revisions().size() : 0,
        c.deletedAt(),
        c.hiddenAt() == null ? null : new Hidden(c.hiddenAt(), c.hiddenBy(), c.hiddenReason()),
        c.version());
  }
}

package org.missionhub.core.discussion.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A comment as a client writes it: Markdown, what it is about, the comment it answers and the people it
 * mentions (their subjects; each must hold a role in the mission).
 *
 * @param item {@code MISSION} (or absent), {@code DECISION:<id>}, {@code RISK:<id>} or {@code GOVERNANCE_BODY:<id>}; not changed by an edit
 * @param replyTo the comment answered, on the same item; not changed by an edit
 */
public record CommentText(@NotBlank @Size(max = 4000) String body, String item, String replyTo, @Size(max = 20) List<String> mentions) {

}

package org.missionhub.core.discussion.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a comment as a client writes it. */
public record CommentText(@NotBlank @Size(max = 4000) String body) {}

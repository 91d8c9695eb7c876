package org.missionhub.plugin.evaluation.model;

import java.util.Objects;

/**
 * "{@code from} leads to {@code to}" in the theory of change, with the assumptions it rests on and the
 * evidence for it. {@code to} is null for the mission target.
 */
public record ChangeLink(String id, String from, String to, String assumptions, String evidence, long revision) {

  public ChangeLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a step does not lead to itself");
    }
  }

  public boolean toTarget() {
    return to == null;
  }

  /** A link nobody has evidence for yet is an assumption to test; the diagram draws it dashed. */
  public boolean evidenced() {
    return evidence != null && !evidence.isBlank();
  }
}

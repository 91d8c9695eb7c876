package org.missionhub.plugin.evaluation.model;

import java.util.Objects;

/**
 * A step of the mission's theory of change. An {@link NodeKind#INITIATIVE} step stands for an initiative of the
 * roadmap ({@code initiativeId}); its title is the roadmap's, kept here as last seen for when the initiative
 * goes.
 */
public record ChangeNode(String id, NodeKind kind, String title, String description, String initiativeId, long revision) {

  public ChangeNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    if ((kind == NodeKind.INITIATIVE) != (initiativeId != null)) {
      throw new IllegalArgumentException("an initiative step, and only one, names a roadmap initiative");
    }
  }
}

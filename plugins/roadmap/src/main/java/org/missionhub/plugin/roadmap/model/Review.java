package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A portfolio review of a mission, held on a day; closed once its verdicts are in. */
public record Review(String id, String missionId, LocalDate heldOn, String title, OffsetDateTime closedAt, long revision) {

  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(title, "title");
  }

  public boolean isClosed() {
    return closedAt != null;
  }
}

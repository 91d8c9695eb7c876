package org.missionhub.core.workshop.application;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.missionhub.core.workshop.domain.WorkshopNote;

/**
 * A note as one person may see it: its author and organisation only when the workshop is not anonymous, whether it
 * is the reader's own, the reader's dots on it, and all its dots once the workshop is closed (before, a running
 * tally would sway the voting).
 */
public record NoteView(
    WorkshopNote note, boolean mine, Optional<String> author, Optional<String> organisation, int myDots, Optional<Integer> dots) {

  public String id() {
    return note.id();
  }

  public int prompt() {
    return note.prompt();
  }

  public String body() {
    return note.body();
  }

  public Optional<String> cluster() {
    return note.clusterLabel();
  }

  public OffsetDateTime createdAt() {
    return note.createdAt();
  }

  public long version() {
    return note.version();
  }
}

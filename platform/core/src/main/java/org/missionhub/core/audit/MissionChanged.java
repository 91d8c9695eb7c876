package org.missionhub.core.audit;

import java.util.Objects;

/**
 * Something of a mission changed (any audited change, by a person or the platform), fired in the change's
 * transaction: open views of the mission observe it after the commit to show the change without a reload.
 */
public record MissionChanged(String missionId, String actorSubject, String actorName) {

  public MissionChanged {
    Objects.requireNonNull(missionId, "missionId");
    Objects.requireNonNull(actorSubject, "actorSubject");
  }
}

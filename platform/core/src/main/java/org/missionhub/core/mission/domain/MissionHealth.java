package org.missionhub.core.mission.domain;

import java.util.List;

/**
 * A mission's health: computed on every read from its current state, never stored. GOOD when every check
 * passes, ATTENTION when one or two fail, CRITICAL when more fail.
 */
public record MissionHealth(Status status, List<HealthCheck> checks) {

  /** Overall verdict. */
  public enum Status {
    GOOD,
    ATTENTION,
    CRITICAL
  }

  public MissionHealth {
    checks = List.copyOf(checks);
  }

  public static MissionHealth of(List<HealthCheck> checks) {
    long failed = checks.stream().filter(c -> !c.passed()).count();
    Status status = failed == 0 ? Status.GOOD : failed <= 2 ? Status.ATTENTION : Status.CRITICAL;
    return new MissionHealth(status, checks);
  }
}

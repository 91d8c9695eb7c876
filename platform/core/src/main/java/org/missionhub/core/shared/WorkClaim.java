package org.missionhub.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A server's hold on a piece of queued work (an e-mail, a webhook delivery) among the servers sharing the
 * database: taken for a while, so that a server that died lets go by itself. The holding row's version makes
 * two servers taking it at once conflict at commit, so one wins.
 */
@Embeddable
public class WorkClaim {

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  /** Whether no live hold is on it. */
  public boolean isFree(OffsetDateTime now) {
    return claimedUntil == null || claimedUntil.isBefore(now);
  }

  public void take(String server, OffsetDateTime now, Duration hold) {
    if (!isFree(now)) {
      throw new IllegalStateException("held by " + claimedBy + " until " + claimedUntil);
    }
    claimedBy = server;
    claimedUntil = now.plus(hold);
  }

  public void release() {
    claimedBy = null;
    claimedUntil = null;
  }
}

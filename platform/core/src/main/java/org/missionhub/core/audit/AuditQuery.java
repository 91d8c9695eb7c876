package org.missionhub.core.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Filters of the audit log: by mission, by acting person, by period (from inclusive, to exclusive), and by what
 * was done ({@code action}: an action, {@code risk.created}, or the start of one, {@code risk}).
 */
public record AuditQuery(
    Optional<String> missionId, Optional<String> actor, Optional<OffsetDateTime> from, Optional<OffsetDateTime> to, Optional<String> action) {

  /** Every entry. */
  public static AuditQuery all() {
    return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}

package org.missionhub.core.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Filters of the audit log: by mission, by acting person, by period (from inclusive, to exclusive). */
public record AuditQuery(
    Optional<String> missionId, Optional<String> actor, Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {}

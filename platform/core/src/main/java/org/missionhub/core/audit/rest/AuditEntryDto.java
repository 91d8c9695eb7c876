package org.missionhub.core.audit.rest;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.missionhub.core.audit.AuditLine;

/**
 * JSON shape of an audit entry, of an organisation's log or the platform's (which has no {@code missionId});
 * {@code changes} maps each attribute to its value before and after.
 */
public record AuditEntryDto(
    String id,
    OffsetDateTime occurredAt,
    String actorSubject,
    String actorName,
    String action,
    String entityType,
    String entityId,
    String missionId,
    String operation,
    JsonObject changes) {

  public static AuditEntryDto from(AuditLine a) {
    JsonObject changes;
    try (var reader = JSON.createReader(new StringReader(a.changes()))) {
      changes = reader.readObject();
    }
    return new AuditEntryDto(
        a.id(), a.occurredAt(), a.actorSubject(), a.actorName(), a.action(), a.entityType(), a.entityId(),
        a.missionId(), a.operation(), changes);
  }
}

package org.missionhub.api.plugin;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One write of a plugin, for the organisation's audit log (contract 1.3.0): what happened to which of the
 * plugin's things, with the values that changed. The platform adds who (the scope's caller, unless the
 * write is anonymous), the organisation, the mission (for a mission scope) and when, and prefixes the type
 * with the plugin id: the example's {@code created("note", id, ...)} shows as {@code notes.note.created}.
 *
 * @param change created, updated or deleted
 * @param entityType the kind of thing, lower-case words with hyphens ({@code note}, {@code response})
 * @param entityId its id (at most 100 characters)
 * @param before the values before (empty for a creation)
 * @param after the values after (empty for a deletion)
 */
public record AuditRecord(Change change, String entityType, String entityId, Map<String, String> before, Map<String, String> after) {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,29}");

  /** What happened. */
  public enum Change {
    CREATED,
    UPDATED,
    DELETED
  }

  public AuditRecord {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    if (!TYPE.matcher(entityType).matches()) {
      throw new IllegalArgumentException("an audited type is lower-case words with hyphens, at most 30 characters: " + entityType);
    }
    if (entityId.isBlank() || entityId.length() > 100) {
      throw new IllegalArgumentException("an audited id has 1 to 100 characters");
    }
    before = Map.copyOf(before);
    after = Map.copyOf(after);
  }

  public static AuditRecord created(String entityType, String entityId, Map<String, String> after) {
    return new AuditRecord(Change.CREATED, entityType, entityId, Map.of(), after);
  }

  public static AuditRecord updated(String entityType, String entityId, Map<String, String> before, Map<String, String> after) {
    return new AuditRecord(Change.UPDATED, entityType, entityId, before, after);
  }

  public static AuditRecord deleted(String entityType, String entityId, Map<String, String> before) {
    return new AuditRecord(Change.DELETED, entityType, entityId, before, Map.of());
  }
}

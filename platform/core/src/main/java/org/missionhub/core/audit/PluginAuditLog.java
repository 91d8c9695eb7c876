package org.missionhub.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.core.security.Caller;
import org.missionhub.core.shared.TimeSource;

/**
 * Writes plugins' audit records into the organisation's audit log, beside the platform's own entries, or —
 * for writes at platform level — into the platform's log ({@link PlatformAuditEntry}). In the
 * plugin's transaction when it has one (so a write and its record commit together), flushed at once: the
 * plugin's organisation binding is only guaranteed while its work runs.
 */
@ApplicationScoped
public class PluginAuditLog {

  /** Who an anonymous record names. */
  public static final String ANONYMOUS_SUBJECT = "anonymous";

  static final String ANONYMOUS_NAME = "Anonymous";

  @Inject AuditTenant tenancy;
  @Inject AuditBuffer buffer;
  @Inject TimeSource time;
  @Inject jakarta.enterprise.event.Event<MissionChanged> missionChanged;

  @PersistenceContext(unitName = "missionhub")
  EntityManager em;

  /** The person a record names, or none for an anonymous one. */
  public record Actor(String subject, String displayName) {
    public Actor {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(displayName, "displayName");
    }

    public static final Actor ANONYMOUS = new Actor(ANONYMOUS_SUBJECT, ANONYMOUS_NAME);

    public static Actor of(Caller caller) {
      return new Actor(caller.subject(), caller.displayName());
    }
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String pluginId, OrganisationId organisation, Optional<MissionId> mission, Actor actor, AuditRecord record) {
    AuditChange change = change(pluginId, mission, record);
    tenancy.bind(organisation);
    em.persist(
        new AuditEntry(time.now(), buffer.nextSequence(), actor.subject(), actor.displayName(), change, "plugin " + pluginId, ChangeSummary.toJson(change)));
    em.flush();
    // a plugin's change of a mission shows on its open pages too
    mission.ifPresent(m -> missionChanged.fire(new MissionChanged(m.toString(), actor.subject(), actor.displayName())));
  }

  /** A record of a plugin's write at platform level, outside any organisation, into the platform's log. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordForPlatform(String pluginId, Actor actor, AuditRecord record) {
    em.persist(new PlatformAuditEntry(time.now(), actor, change(pluginId, Optional.empty(), record), "plugin " + pluginId));
    em.flush();
  }

  private static AuditChange change(String pluginId, Optional<MissionId> mission, AuditRecord record) {
    String entityType = pluginId + "." + record.entityType();
    if (entityType.length() > 50) {
      throw new IllegalArgumentException("audited type too long for the log (plugin id and type, at most 50 characters): " + entityType);
    }
    return new AuditChange(
        AuditChange.Kind.valueOf(record.change().name()),
        entityType,
        record.entityId(),
        mission.map(MissionId::toString).orElse(null),
        new LinkedHashMap<String, Object>(record.before()),
        new LinkedHashMap<String, Object>(record.after()));
  }
}

package org.missionhub.core.export.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.missionhub.core.security.Caller;
import org.missionhub.core.tenancy.TenantScopedEntity;

/**
 * One download of everything an organisation holds in MissionHub: who took it and when. Recording it puts
 * the export into the organisation's audit log, where its administrators see it. Organisation-private.
 */
@Entity
@Table(name = "organisation_export")
public class ExportRecord extends TenantScopedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 255)
  private String requestedBy;

  @Column(name = "requested_name", nullable = false, updatable = false, length = 200)
  private String requestedName;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Version private long version;

  protected ExportRecord() {}

  public ExportRecord(Caller caller, OffsetDateTime now) {
    this.id = UUID.randomUUID().toString();
    this.requestedBy = Objects.requireNonNull(caller, "caller").subject();
    String name = caller.displayName() == null || caller.displayName().isBlank() ? caller.subject() : caller.displayName();
    this.requestedName = name.length() > 200 ? name.substring(0, 200) : name;
    this.requestedAt = Objects.requireNonNull(now, "now");
  }

  public String id() {
    return id;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String requestedName() {
    return requestedName;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  @Override
  protected String auditType() {
    return "organisation-export";
  }

  @Override
  protected String auditId() {
    return id;
  }

  @Override
  protected Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("requestedBy", requestedName);
    state.put("requestedAt", requestedAt);
    return state;
  }
}

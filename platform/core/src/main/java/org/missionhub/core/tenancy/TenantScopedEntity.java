package org.missionhub.core.tenancy;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.missionhub.core.audit.AuditedEntity;

/**
 * Base of every organisation-private entity. EclipseLink adds {@code tenant_id = <current organisation>} to
 * every query and fills the column on insert. The column is part of the primary key, so the UPDATE and
 * DELETE statements EclipseLink writes by primary key carry the tenant too (they would not otherwise:
 * eclipse-ee4j/eclipselink#1333).
 */
@MappedSuperclass
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = Tenancy.TENANT_PROPERTY,
    primaryKey = true,
    length = 36)
public abstract class TenantScopedEntity extends AuditedEntity {}

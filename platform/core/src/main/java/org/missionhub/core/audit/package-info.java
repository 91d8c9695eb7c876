/**
 * The audit log: one mechanism records every change to audited entities, in the same transaction as the
 * change.
 *
 * <p>{@link org.missionhub.core.audit.AuditListener} (a JPA entity listener on {@link
 * org.missionhub.core.audit.AuditedEntity}) notes each insert, update and delete with the entity's state
 * before and after; {@link org.missionhub.core.audit.AuditInterceptor}, around every application service,
 * flushes the unit of work and appends one {@link org.missionhub.core.audit.AuditEntry} per change before
 * the transaction commits. A service cannot forget to audit, and a rolled-back change leaves no entry.
 * Entries are never updated or deleted: the entity has no setters and no service offers either.
 */
package org.missionhub.core.audit;

/**
 * Tenancy: the one place where the organisation a request works in becomes EclipseLink's tenant id.
 *
 * <p>Organisation-private tables extend {@link org.missionhub.core.tenancy.TenantScopedEntity}, which maps
 * them {@code @Multitenant(SINGLE_TABLE)} with the tenant column in the primary key. {@link
 * org.missionhub.core.tenancy.Tenancy} sets the tenant on the transaction's EntityManager; the {@link
 * org.missionhub.core.tenancy.TenantBound} interceptor calls it for every application service from the
 * request's organisation context. Without a tenant, EclipseLink refuses to touch a tenant-scoped table:
 * failure is closed.
 */
package org.missionhub.core.tenancy;

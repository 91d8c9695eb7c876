package org.missionhub.core.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.missionhub.core.application.TenantBound;
import org.missionhub.core.security.RequestContext;

/**
 * Runs inside the transaction (after the {@code @Transactional} interceptor, whose priority is lower) and
 * sets the tenant of the transaction's EntityManager from the request's organisation context. Requests
 * without an organisation (platform administration, {@code /me}) bind nothing: tenant-scoped tables are then
 * unreachable unless the service binds a tenant explicitly through {@link Tenancy}.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

  @Inject Tenancy tenancy;
  @Inject RequestContext request;

  @AroundInvoke
  Object bindTenant(InvocationContext invocation) throws Exception {
    request.organisation().ifPresent(org -> tenancy.bind(org.id()));
    return invocation.proceed();
  }
}

package org.missionhub.core.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an application service: the transaction boundary that the REST resources and the UI call. Each
 * public method runs in one transaction (joining the caller's if there is one), with the request's
 * organisation bound as tenant, and every change it makes audited before the transaction commits.
 * Authorisation is the service's first statement, through the access guard, never the caller's job.
 */
@Stereotype
@ApplicationScoped
@Transactional
@TenantBound
@Audited
@Retention(RUNTIME)
@Target(TYPE)
public @interface ApplicationService {}

package org.missionhub.core.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.missionhub.core.organisation.application.OrganisationAccess;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RequestContext;

/**
 * Runs work the platform does by itself (demo data, identity repair) as a given caller, in a request
 * context of its own, through the same access checks as a real request: a person must belong to the
 * organisation they work in.
 */
@ApplicationScoped
public class CallerScope {

  @Inject RequestContext request;
  @Inject OrganisationAccess organisations;

  @ActivateRequestContext
  public <T> T as(Caller caller, String organisationSlug, Supplier<T> step) {
    request.authenticate(caller);
    if (organisationSlug != null) {
      organisations.enter(organisationSlug);
    }
    return step.get();
  }
}

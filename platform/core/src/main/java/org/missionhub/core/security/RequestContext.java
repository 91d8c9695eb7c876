package org.missionhub.core.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.logging.Logger;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * The caller and organisation of the current request (an API call, a UI round trip, or a system task).
 * Filled by the security filters (or the UI) before any application service runs; read by the tenancy
 * interceptor, the access guard and the audit trail.
 */
@RequestScoped
public class RequestContext {

  private static final Logger LOG = Logger.getLogger(RequestContext.class.getName());

  private Caller caller;
  private OrganisationContext organisation;

  public void authenticate(Caller caller) {
    if (this.caller != null && !this.caller.equals(caller)) {
      throw new IllegalStateException("the request is already authenticated as someone else");
    }
    this.caller = caller;
  }

  public void enter(OrganisationContext organisation) {
    if (caller == null) {
      throw new IllegalStateException("authenticate before entering an organisation");
    }
    if (this.organisation != null && !this.organisation.equals(organisation)) {
      throw new IllegalStateException("a request works in one organisation only");
    }
    this.organisation = organisation;
  }

  public Caller caller() {
    if (caller == null) {
      throw new ApplicationException(ProblemKind.UNAUTHORIZED, "A valid bearer token is required");
    }
    return caller;
  }

  /** The caller, who must hold the platform role (else 403). */
  public Caller requirePlatformRole(PlatformRole role) {
    Caller current = caller();
    if (!current.has(role)) {
      throw ApplicationException.forbidden("Only a " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " can do this");
    }
    return current;
  }

  public Optional<Caller> callerIfAuthenticated() {
    return Optional.ofNullable(caller);
  }

  public Optional<OrganisationContext> organisation() {
    return Optional.ofNullable(organisation);
  }

  /**
   * The organisation of an organisation-scoped request. Its absence means the request reached such a
   * resource without passing the organisation gate: it fails closed, as "not found" (never 200 or 500).
   */
  public OrganisationContext requireOrganisation() {
    if (organisation == null) {
      LOG.warning("An organisation-scoped operation ran without an organisation context; answered 404");
      throw ApplicationException.notFound("Resource");
    }
    return organisation;
  }
}

package org.missionhub.ui.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.PlatformRole;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;

/** What the views need to know about the signed-in person, for the current UI request. */
@ApplicationScoped
public class CurrentUser {

  @Inject RequestContext context;

  public boolean signedIn() {
    return context.callerIfAuthenticated().isPresent();
  }

  public Caller caller() {
    return context.caller();
  }

  public Optional<OrganisationContext> organisation() {
    return context.organisation();
  }

  public boolean isPlatformAdmin() {
    return context.callerIfAuthenticated().map(c -> c.has(PlatformRole.PLATFORM_ADMIN)).orElse(false);
  }

  /** Whether the signed-in person holds a platform role, named as in the plugin contract (BENCHMARK_ANALYST, ...). */
  public boolean hasPlatformRole(String role) {
    return context.callerIfAuthenticated().map(c -> c.platformRoles().stream().anyMatch(r -> r.name().equals(role))).orElse(false);
  }

  public boolean isOrganisationAdmin() {
    return organisation().map(OrganisationContext::isAdmin).orElse(false);
  }

  /** Why the person cannot work in the organisation they signed in to (suspended, not a member), if so. */
  public Optional<ApplicationException> organisationProblem() {
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    return request == null
        ? Optional.empty()
        : Optional.ofNullable((ApplicationException) request.getAttribute(UiCallerFilter.ORGANISATION_PROBLEM));
  }
}

package org.missionhub.core.organisation.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.core.organisation.application.OrganisationAccess;

/**
 * For every request under {@code /api/v1/orgs/{slug}}: enter the organisation named by the slug, or stop
 * with 404 (not the caller's organisation) / 403 (suspended). Runs after authentication, before the
 * resource method.
 *
 * <p>Pre-matching (after {@link org.missionhub.core.security.CallerFilter}, by priority), because plugin
 * mounts are sub-resource locators that JAX-RS calls while matching, before any post-matching filter; so
 * the slug is read from the path here rather than from the matched template.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class OrganisationPathFilter implements ContainerRequestFilter {

  private static final Pattern ORGANISATION_PATH = Pattern.compile("^/?v1/orgs/([^/]+)(/.*)?$");

  @Inject OrganisationAccess access;

  @Override
  public void filter(ContainerRequestContext context) {
    Matcher path = ORGANISATION_PATH.matcher(context.getUriInfo().getPath());
    if (path.matches()) {
      access.enter(path.group(1));
    }
  }
}

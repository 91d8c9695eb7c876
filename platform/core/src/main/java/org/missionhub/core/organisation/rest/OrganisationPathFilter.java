package org.missionhub.core.organisation.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.missionhub.core.organisation.application.OrganisationAccess;

/**
 * For every request under {@code /api/v1/orgs/{slug}}: enter the organisation named by the slug, or stop
 * with 404 (not the caller's organisation) / 403 (suspended). Runs after authentication, before the
 * resource method.
 *
 * <p>Pre-matching (after {@link org.missionhub.core.security.CallerFilter}, by priority), because plugin
 * mounts are sub-resource locators that JAX-RS calls while matching, before any post-matching filter; so
 * the slug is read from the path here rather than from the matched template. It is read from the decoded
 * path segments, as JAX-RS matches them: without matrix parameters ({@code orgs;x=1}) and without the empty
 * segments of doubled slashes, so that no spelling of the path that JAX-RS still routes to an organisation's
 * resource escapes the gate. (Should one ever reach such a resource anyway, it finds no organisation and
 * answers 404: {@code RequestContext.requireOrganisation}.)
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class OrganisationPathFilter implements ContainerRequestFilter {

  @Inject OrganisationAccess access;

  @Override
  public void filter(ContainerRequestContext context) {
    slug(context.getUriInfo().getPathSegments(true)).ifPresent(access::enter);
  }

  /** The organisation's slug if the path is {@code v1/orgs/{slug}/...}, however it is spelled. */
  static Optional<String> slug(List<PathSegment> segments) {
    List<String> path = segments.stream().map(PathSegment::getPath).filter(s -> !s.isEmpty()).toList();
    if (path.size() >= 3 && path.get(0).equals("v1") && path.get(1).equals("orgs")) {
      return Optional.of(path.get(2));
    }
    return Optional.empty();
  }
}

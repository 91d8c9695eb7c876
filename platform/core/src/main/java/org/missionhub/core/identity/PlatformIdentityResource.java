package org.missionhub.core.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Identity-provider maintenance (PLATFORM_ADMIN). */
@Path("/v1/platform/identity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform administration")
public class PlatformIdentityResource {

  @Inject IdentitySync sync;

  @POST
  @Path("reconcile")
  @Operation(
      summary = "Reconcile every organisation with Keycloak now (also done at start-up): MissionHub's"
          + " organisations, status and members are written to Keycloak; every difference is repaired and logged")
  public IdentitySync.Summary reconcile() {
    return sync.reconcile();
  }
}

package org.missionhub.core.organisation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.organisation.application.MeService;
import org.missionhub.core.security.Caller;

/** Who the caller is and where they can work. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

  @Inject MeService me;

  @GET
  @Operation(summary = "The caller, their platform roles and the organisations they can work in")
  public MeDto get() {
    Caller caller = me.caller();
    var organisations =
        me.myOrganisations().stream()
            .map(
                m ->
                    new MeDto.MyOrganisationDto(
                        m.organisation().slug(),
                        m.organisation().name(),
                        m.organisation().type(),
                        m.organisation().country(),
                        m.organisation().status(),
                        m.role()))
            .toList();
    return new MeDto(caller.subject(), caller.displayName(), caller.email(), caller.platformRoles(), organisations);
  }
}

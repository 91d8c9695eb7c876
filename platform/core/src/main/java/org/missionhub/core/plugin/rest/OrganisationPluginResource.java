package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.plugin.application.OrganisationPluginService;
import org.missionhub.core.plugin.application.PluginChange;
import org.missionhub.core.plugin.application.PluginChoice;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.web.EntityTags;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The organisation's plugins: which are enabled and with which settings (ORG_ADMIN changes them). */
@Path("/v1/orgs/{slug}/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class OrganisationPluginResource extends OrganisationScopedResource {

  @Inject OrganisationPluginService plugins;

  @GET
  @Operation(summary = "The active plugins, enabled in this organisation or not, with their settings (sort: id, the default, or -id)")
  public PageDto<PluginChoiceDto> list(@BeanParam PageParams params) {
    PageRequest request = params.toRequest(Set.of("id"), "id");
    boolean descending = !request.sort().isEmpty() && request.sort().get(0).descending();
    Comparator<PluginChoice> byId = Comparator.comparing(c -> c.plugin().id());
    List<PluginChoice> all = plugins.list().stream().sorted(descending ? byId.reversed() : byId).toList();
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return PageDto.of(new Page<>(all.subList(from, to), request.page(), request.size(), all.size()), PluginChoiceDto::from);
  }

  @GET
  @Path("{pluginId}")
  @Operation(summary = "One plugin as this organisation has it")
  public Response get(@PathParam("pluginId") String pluginId) {
    return ok(plugins.get(pluginId));
  }

  @PUT
  @Path("{pluginId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enable or disable a plugin and set its settings (ORG_ADMIN; If-Match). Enabling needs the plugins it"
          + " requires enabled, disabling needs no enabled plugin to require it (409 otherwise)")
  public Response change(@PathParam("pluginId") String pluginId, @Context HttpHeaders headers, PluginChange change) {
    plugins.change(pluginId, EntityTags.expectedVersion(headers), change);
    return ok(plugins.get(pluginId));
  }

  @GET
  @Path("{pluginId}/data")
  @Operation(summary = "What the plugin holds for this organisation, by kind, with how many items (ORG_ADMIN)")
  public List<DataHoldingDto> data(@PathParam("pluginId") String pluginId) {
    return plugins.data(pluginId).stream().map(DataHoldingDto::from).toList();
  }

  @DELETE
  @Path("{pluginId}/data")
  @Operation(
      summary = "Remove everything the plugin holds for this organisation (ORG_ADMIN): the plugin must be switched off and"
          + " confirm must be its id; recorded in the audit log")
  public Response removeData(@PathParam("pluginId") String pluginId, @QueryParam("confirm") String confirm) {
    plugins.removeData(pluginId, confirm);
    return Response.noContent().build();
  }

  private static Response ok(PluginChoice choice) {
    return Response.ok(PluginChoiceDto.from(choice)).tag(EntityTags.of(choice.version())).build();
  }
}

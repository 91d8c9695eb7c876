package org.missionhub.core.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.plugin.LoadedPlugin;
import org.missionhub.core.plugin.application.PluginCatalogue;
import org.missionhub.core.shared.Page;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** Every plugin the platform found and its state (PLATFORM_ADMIN). */
@Path("/v1/platform/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PlatformPluginResource {

  @Inject PluginCatalogue catalogue;

  @GET
  @Operation(summary = "Every plugin found: ACTIVE, REFUSED or FAILED, with the reason (sort: resolution, the only order)")
  public PageDto<PluginDto> list(@BeanParam PageParams params) {
    PageRequest request = params.toRequest(Set.of("resolution"), "resolution");
    List<LoadedPlugin> all = catalogue.all();
    int from = Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return PageDto.of(new Page<>(all.subList(from, to), request.page(), request.size(), all.size()), PluginDto::from);
  }
}

package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.service.ResponseImports;

/**
 * {@code /api/v1/platform/survey/imports}: a benchmark analyst imports responses collected elsewhere into a
 * new closed campaign. {@code "dryRun": true} (the default) answers 200 with how each column is read and
 * every problem; {@code false} imports (201, {@code Location} of the campaign) or, with any problem, answers
 * 400 naming the rows and columns, and stores nothing.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  private final PlatformScope scope;
  private final ResponseImports imports;

  ImportsResource(PlatformScope scope, ResponseImports imports) {
    this.scope = scope;
    this.imports = imports;
  }

  @POST
  @Expensive
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(ResponseImports.ImportResult.class)
  public Response run(ResponseImports.ImportForm form, @Context UriInfo uri) {
    ResponseImports.ImportResult result = imports.run(form, scope);
    if (result.dryRun()) {
      return Response.ok(result).build();
    }
    return Response.created(uri.getBaseUriBuilder().path("v1/platform/survey/campaigns").path(result.campaignId()).build()).entity(result).build();
  }
}

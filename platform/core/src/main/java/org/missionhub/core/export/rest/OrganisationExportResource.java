package org.missionhub.core.export.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.core.web.OrganisationScopedResource;

/**
 * {@code GET /api/v1/orgs/{slug}/export}: everything of the organisation as one ZIP archive (organisation
 * administrators), streamed as it is written. The export is recorded in the audit log before anything is
 * read; the archive's {@code manifest.json} lists every file and says whether every plugin's part is in it.
 */
@Path("/v1/orgs/{slug}/export")
@Tag(name = "Organisations")
public class OrganisationExportResource extends OrganisationScopedResource {

  static final String ZIP = "application/zip";

  @Inject ExportDownloads downloads;

  @GET
  @Expensive
  @Produces(ZIP)
  @Operation(summary = "Download everything of the organisation: a ZIP of JSON and CSV files with a manifest (ORG_ADMIN; audited)")
  public Response export() {
    ExportDownloads.Download download = downloads.begin();
    StreamingOutput body = download::writeTo;
    return Response.ok(body, ZIP)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}

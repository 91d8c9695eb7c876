package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.Expensive;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.api.plugin.Returns;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.json.InstrumentReader;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.xlsform.XlsFormException;
import org.missionhub.plugin.survey.xlsform.XlsFormReader;
import org.missionhub.plugin.survey.xlsform.XlsFormWriter;
import org.missionhub.plugin.support.rest.Revisions;

/**
 * One owner's instruments and their versions: {@code /api/v1/platform/survey/instruments} (the benchmark
 * analysts') and {@code /api/v1/orgs/{slug}/missions/{id}/survey/own-instruments} (the organisation's own, for
 * its missions' surveys). A draft changes (If-Match its ETag) until it is published; then it is frozen and
 * a new version starts as its copy. The service records every write in the caller's audit log.
 */
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String caller;
  private final InstrumentService service;

  /** {@code caller}: the subject of the person at work, who creates versions. */
  InstrumentsResource(String caller, InstrumentService service) {
    this.caller = caller;
    this.service = service;
  }

  /** A new instrument: a template's copy under a code of its own, or a definition. */
  public record NewInstrument(String code, String template, InstrumentDto definition) {}

  /** A draft's new content. */
  public record DraftChange(InstrumentDto definition, Map<String, String> predecessors) {}

  /** A version as the API shows it. */
  public record VersionDto(
      String code, int version, String status, InstrumentDto definition, Map<String, String> predecessors, OffsetDateTime createdAt, String createdBy,
      OffsetDateTime publishedAt, List<ImportNote> importNotes) {
    static VersionDto from(InstrumentVersion v) {
      return new VersionDto(
          v.code(), v.number(), v.status().name(), InstrumentDto.from(v.definition()), v.predecessors(), v.createdAt(), v.createdBy(), v.publishedAt().orElse(null), null);
    }

    VersionDto withNotes(List<ImportNote> notes) {
      return new VersionDto(code, version, status, definition, predecessors, createdAt, createdBy, publishedAt, notes);
    }
  }

  /** What an XLSForm import left out or renamed, where (named like a problem's field) and why; only in the import's answer. */
  public record ImportNote(String field, String message) {}

  @GET
  public List<VersionDto> latest() {
    return service.latest().stream().map(VersionDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(value = VersionDto.class, status = 201)
  public Response create(NewInstrument request, @Context UriInfo uri) {
    if (request == null) {
      throw PluginProblem.invalid("code", "is required");
    }
    if (request.template() != null) {
      return created(uri.getAbsolutePath(), service.fromTemplate(request.code(), request.template(), caller));
    }
    return created(uri.getAbsolutePath(), service.firstVersion(InstrumentReader.read(request.definition()), caller));
  }

  /** A new instrument from an XLSForm (.xlsx); every problem is named as {@code xlsform.<sheet>.row<n>.<column>}. */
  @POST
  @Expensive
  @Path("import")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Returns(value = VersionDto.class, status = 201)
  public Response importXlsForm(@QueryParam("code") String code, InputStream xlsx, @Context UriInfo uri) {
    XlsFormReader.Imported imported;
    try {
      imported = XlsFormReader.imported(xlsx, code);
    } catch (XlsFormException e) {
      throw PluginProblem.invalid(e.problems().stream().map(p -> new PluginProblem.FieldError(p.field(), p.message())).toList());
    }
    // the instruments' collection is where "import" sits
    Response created = created(uri.getAbsolutePath().resolve("."), service.firstVersion(imported.instrument(), caller));
    List<ImportNote> notes = imported.notes().stream().map(n -> new ImportNote(n.field(), n.message())).toList();
    return Response.fromResponse(created).entity(((VersionDto) created.getEntity()).withNotes(notes)).build();
  }

  /** A version as an XLSForm, for ODK, KoboToolbox or a spreadsheet. */
  @GET
  @Path("{code}/versions/{number}/xlsform")
  @Produces(XLSX)
  @Returns(String.class)
  public Response exportXlsForm(@PathParam("code") String code, @PathParam("number") int number) {
    InstrumentVersion version = service.version(code, number);
    return Response.ok(XlsFormWriter.write(version.definition()), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + number + ".xlsx\"")
        .build();
  }

  @GET
  @Path("{code}/versions")
  public List<VersionDto> versions(@PathParam("code") String code) {
    return service.versions(code).stream().map(VersionDto::from).toList();
  }

  @GET
  @Path("{code}/versions/{number}")
  @Returns(VersionDto.class)
  public Response version(@PathParam("code") String code, @PathParam("number") int number) {
    return ok(service.version(code, number));
  }

  @PUT
  @Path("{code}/versions/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Returns(VersionDto.class)
  public Response change(@PathParam("code") String code, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch, DraftChange change) {
    service.version(code, number);
    long expected = Revisions.expected(ifMatch, "Version " + number + " of " + code);
    if (change == null) {
      throw PluginProblem.invalid("definition", "is required");
    }
    Instrument definition = InstrumentReader.read(change.definition());
    Map<String, String> predecessors = change.predecessors() == null ? Map.of() : change.predecessors();
    return ok(service.change(code, number, expected, definition, predecessors));
  }

  @POST
  @Path("{code}/versions/{number}/publish")
  @Returns(VersionDto.class)
  public Response publish(@PathParam("code") String code, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch) {
    service.version(code, number);
    long expected = Revisions.expected(ifMatch, "Version " + number + " of " + code);
    return ok(service.publish(code, number, expected));
  }

  /** Starts the next version as a copy of the newest, which must be published. */
  @POST
  @Path("{code}/versions")
  @Returns(value = VersionDto.class, status = 201)
  public Response nextVersion(@PathParam("code") String code, @Context UriInfo uri) {
    // the instruments' collection is two segments up from .../{code}/versions
    return created(uri.getAbsolutePath().resolve(".."), service.nextVersion(code, caller));
  }

  /** 201 pointing at the version under the instruments' collection {@code instruments}. */
  private static Response created(URI instruments, InstrumentVersion version) {
    URI location = UriBuilder.fromUri(instruments).path(version.code()).path("versions").path(Integer.toString(version.number())).build();
    return Response.created(location).entity(VersionDto.from(version)).tag(Revisions.tag(version.revision())).build();
  }

  private static Response ok(InstrumentVersion version) {
    return Response.ok(VersionDto.from(version)).tag(Revisions.tag(version.revision())).build();
  }
}

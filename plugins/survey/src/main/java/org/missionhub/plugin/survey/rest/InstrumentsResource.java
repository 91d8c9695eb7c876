package org.missionhub.plugin.survey.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.json.InstrumentDto;
import org.missionhub.plugin.survey.json.InstrumentReader;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.Templates;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.version.VersionConflictException;
import org.missionhub.plugin.survey.xlsform.XlsFormException;
import org.missionhub.plugin.survey.xlsform.XlsFormReader;
import org.missionhub.plugin.survey.xlsform.XlsFormWriter;

/**
 * {@code /api/v1/platform/survey/instruments}: a benchmark analyst's instruments and their versions. A
 * draft changes (If-Match its ETag) until it is published; then it is frozen and a new version starts as
 * its copy.
 */
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PlatformScope scope;
  private final Templates templates;
  private final InstrumentStore store;
  private final Clock clock;

  InstrumentsResource(PlatformScope scope, Templates templates, InstrumentStore store, Clock clock) {
    this.scope = scope;
    this.templates = templates;
    this.store = store;
    this.clock = clock;
  }

  /** A new instrument: a template's copy under a code of its own, or a definition. */
  public record NewInstrument(String code, String template, InstrumentDto definition) {}

  /** A draft's new content. */
  public record DraftChange(InstrumentDto definition, Map<String, String> predecessors) {}

  /** A version as the API shows it. */
  public record VersionDto(
      String code, int version, String status, InstrumentDto definition, Map<String, String> predecessors, OffsetDateTime createdAt, String createdBy,
      OffsetDateTime publishedAt) {
    static VersionDto from(InstrumentVersion v) {
      return new VersionDto(
          v.code(), v.number(), v.status().name(), InstrumentDto.from(v.definition()), v.predecessors(), v.createdAt(), v.createdBy(), v.publishedAt().orElse(null));
    }
  }

  @GET
  public List<VersionDto> latest() {
    return store.latest().stream().map(VersionDto::from).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewInstrument request) {
    if (request == null) {
      throw PluginProblem.invalid("code", "is required");
    }
    Instrument definition;
    if (request.template() != null) {
      Instrument template = templates.find(request.template()).orElseThrow(() -> PluginProblem.invalid("template", "is not a template: " + request.template()));
      definition = renamed(template, request.code());
    } else {
      definition = InstrumentReader.read(request.definition());
    }
    return firstVersion(definition);
  }

  /** A new instrument from an XLSForm (.xlsx); every problem is named as {@code xlsform.<sheet>.row<n>.<column>}. */
  @POST
  @Path("import")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importXlsForm(@QueryParam("code") String code, InputStream xlsx) {
    Instrument definition;
    try {
      definition = XlsFormReader.read(xlsx, code);
    } catch (XlsFormException e) {
      throw PluginProblem.invalid(e.problems().stream().map(p -> new PluginProblem.FieldError(p.field(), p.message())).toList());
    }
    return firstVersion(definition);
  }

  /** A version as an XLSForm, for ODK, KoboToolbox or a spreadsheet. */
  @GET
  @Path("{code}/versions/{number}/xlsform")
  @Produces(XLSX)
  public Response exportXlsForm(@PathParam("code") String code, @PathParam("number") int number) {
    InstrumentVersion version = find(code, number);
    return Response.ok(XlsFormWriter.write(version.definition()), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + number + ".xlsx\"")
        .build();
  }

  @GET
  @Path("{code}/versions")
  public List<VersionDto> versions(@PathParam("code") String code) {
    List<InstrumentVersion> versions = store.versions(code);
    if (versions.isEmpty()) {
      throw PluginProblem.notFound("Instrument " + code);
    }
    return versions.stream().map(VersionDto::from).toList();
  }

  @GET
  @Path("{code}/versions/{number}")
  public Response version(@PathParam("code") String code, @PathParam("number") int number) {
    InstrumentVersion version = find(code, number);
    return Response.ok(VersionDto.from(version)).tag(etag(version)).build();
  }

  @PUT
  @Path("{code}/versions/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(@PathParam("code") String code, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch, DraftChange change) {
    InstrumentVersion current = find(code, number);
    long expected = expectedRevision(ifMatch, current);
    if (change == null) {
      throw PluginProblem.invalid("definition", "is required");
    }
    Instrument definition = InstrumentReader.read(change.definition());
    Optional<InstrumentVersion> previous = number > 1 ? store.version(code, number - 1) : Optional.empty();
    InstrumentVersion changed = applying(() -> current.edited(definition, change.predecessors() == null ? Map.of() : change.predecessors(), previous));
    return save(changed, expected);
  }

  @POST
  @Path("{code}/versions/{number}/publish")
  public Response publish(@PathParam("code") String code, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch) {
    InstrumentVersion current = find(code, number);
    long expected = expectedRevision(ifMatch, current);
    return save(applying(() -> current.published(OffsetDateTime.now(clock))), expected);
  }

  /** Starts the next version as a copy of the newest, which must be published. */
  @POST
  @Path("{code}/versions")
  public Response nextVersion(@PathParam("code") String code) {
    List<InstrumentVersion> versions = store.versions(code);
    if (versions.isEmpty()) {
      throw PluginProblem.notFound("Instrument " + code);
    }
    InstrumentVersion next = applying(() -> versions.get(versions.size() - 1).nextDraft(scope.caller().subject(), OffsetDateTime.now(clock)));
    if (!store.add(next)) {
      throw PluginProblem.conflict("Version " + next.number() + " of " + code + " was just started by someone else");
    }
    return Response.created(URI.create("instruments/" + code + "/versions/" + next.number())).entity(VersionDto.from(next)).tag(etag(next)).build();
  }

  private Response firstVersion(Instrument definition) {
    InstrumentVersion first = InstrumentVersion.first(definition, scope.caller().subject(), OffsetDateTime.now(clock));
    if (!store.add(first)) {
      throw PluginProblem.conflict("An instrument with the code " + first.code() + " exists already");
    }
    return Response.created(URI.create("instruments/" + first.code() + "/versions/1")).entity(VersionDto.from(first)).tag(etag(first)).build();
  }

  private Response save(InstrumentVersion changed, long expected) {
    if (!store.update(changed, expected)) {
      throw PluginProblem.stale("Version " + changed.number() + " of " + changed.code());
    }
    return Response.ok(VersionDto.from(changed)).tag(etag(changed)).build();
  }

  private InstrumentVersion find(String code, int number) {
    return store.version(code, number).orElseThrow(() -> PluginProblem.notFound("Version " + number + " of " + code));
  }

  private static long expectedRevision(String ifMatch, InstrumentVersion current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      // (428 is the platform's answer; plugins have 409/412: ask for the header plainly)
      throw PluginProblem.invalid("If-Match", "send the version's ETag so that you do not overwrite someone else's change");
    }
    try {
      return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw PluginProblem.stale("Version " + current.number() + " of " + current.code());
    }
  }

  private static EntityTag etag(InstrumentVersion version) {
    return new EntityTag(Long.toString(version.revision()));
  }

  private static InstrumentVersion applying(java.util.function.Supplier<InstrumentVersion> change) {
    try {
      return change.get();
    } catch (VersionConflictException e) {
      throw PluginProblem.conflict(e.getMessage());
    } catch (InvalidInstrumentException e) {
      throw PluginProblem.invalid("predecessors", e.getMessage());
    }
  }

  private static Instrument renamed(Instrument template, String code) {
    try {
      return new Instrument(code, template.title(), template.description(), template.sections());
    } catch (InvalidInstrumentException e) {
      throw PluginProblem.invalid("code", e.getMessage());
    }
  }
}

package org.missionhub.core.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.web.OrganisationScopedResource;
import org.missionhub.core.audit.AuditLogService;
import org.missionhub.core.audit.AuditQuery;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The organisation's audit log (ORG_ADMIN). */
@Path("/v1/orgs/{slug}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource extends OrganisationScopedResource {

  @Inject AuditLogService audit;

  @GET
  @Operation(
      summary = "Audit entries, newest first. Filters: missionId, actor (subject), action (risk.created, or its start:"
          + " risk), from and to (ISO date or date-time; from inclusive, to exclusive; a date means midnight UTC)")
  public PageDto<AuditEntryDto> list(
      @QueryParam("missionId") String missionId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageParams page) {
    return PageDto.of(audit.list(query(missionId, actor, action, from, to), page.toRequest(Set.of("occurredAt"), "-occurredAt")), AuditEntryDto::from);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "The entries the same filters select, newest first, as CSV (at most " + AuditCsv.LIMIT + "; narrow the period for more)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "CSV, one row per entry")
  public Response export(
      @QueryParam("missionId") String missionId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    byte[] csv = AuditCsv.of(audit, query(missionId, actor, action, from, to));
    return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
  }

  private static AuditQuery query(String missionId, String actor, String action, String from, String to) {
    return new AuditQuery(text(missionId), text(actor), instant("from", from), instant("to", to), text(action));
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<OffsetDateTime> instant(String field, String value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      String v = text.get();
      return Optional.of(
          v.length() == 10 ? LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(v));
    } catch (DateTimeParseException e) {
      throw ApplicationException.invalid(field, "must be an ISO date (2026-01-31) or date-time (2026-01-31T12:00:00Z)");
    }
  }
}

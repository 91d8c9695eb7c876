package org.missionhub.core.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
      summary = "Audit entries, newest first. Filters: missionId, actor (subject), from and to (ISO date or"
          + " date-time; from inclusive, to exclusive; a date means midnight UTC)")
  public PageDto<AuditEntryDto> list(
      @QueryParam("missionId") String missionId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageParams page) {
    AuditQuery query =
        new AuditQuery(text(missionId), text(actor), instant("from", from), instant("to", to));
    return PageDto.of(audit.list(query, page.toRequest(Set.of("occurredAt"), "-occurredAt")), AuditEntryDto::from);
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

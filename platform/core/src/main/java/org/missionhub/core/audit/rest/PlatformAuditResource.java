package org.missionhub.core.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.audit.PlatformAuditLogService;
import org.missionhub.core.web.PageDto;
import org.missionhub.core.web.PageParams;

/** The platform-level audit log: changes made outside any organisation, such as a plugin's campaigns (PLATFORM_ADMIN). */
@Path("/v1/platform/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class PlatformAuditResource {

  @Inject PlatformAuditLogService audit;

  @GET
  @Operation(summary = "Platform-level audit entries, newest first (sort: -occurredAt, the only order)")
  public PageDto<AuditEntryDto> list(@BeanParam PageParams page) {
    return PageDto.of(audit.list(page.toRequest(Set.of("occurredAt"), "-occurredAt")), AuditEntryDto::from);
  }
}

package org.missionhub.core.mail.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.mail.application.MailSettingsService;

/** {@code /api/v1/me/mail-settings}: what the caller is e-mailed about, how often, and in which language. */
@Path("/v1/me/mail-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MailSettingsResource {

  @Inject MailSettingsService settings;

  @GET
  @Operation(summary = "The caller's e-mail settings: language, and each topic's frequency")
  public MailSettingsDto get() {
    return MailSettingsDto.of(settings.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Changes the language and the frequencies given; topics not given keep theirs")
  public MailSettingsDto change(MailSettingsChange change) {
    Map<String, String> frequencies = change.frequencies() == null ? Map.of() : change.frequencies();
    return MailSettingsDto.of(settings.change(Optional.ofNullable(change.language()), frequencies));
  }
}

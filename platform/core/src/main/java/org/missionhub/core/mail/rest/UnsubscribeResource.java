package org.missionhub.core.mail.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.missionhub.core.mail.application.MailConfiguration;
import org.missionhub.core.mail.application.MailSettingsService;
import org.missionhub.core.mail.application.MailTemplates;
import org.missionhub.core.mail.domain.MailTexts;

/**
 * {@code /api/v1/mail/unsubscribe/{secret}}, the link in every e-mail and its {@code List-Unsubscribe} header,
 * without sign-in: {@code GET} only asks to confirm (link scanners open links), {@code POST} unsubscribes (the
 * page's button, or a mail client's one click per RFC 8058). Pages in the e-mail's language.
 */
@Path("/v1/mail/unsubscribe/{secret}")
@Tag(name = "Me")
public class UnsubscribeResource {

  @Inject MailSettingsService settings;
  @Inject MailConfiguration config;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "A page asking to confirm that the e-mails this link names stop (404 for an unknown link)")
  public Response confirm(@PathParam("secret") String secret) {
    return settings.describe(secret)
        .map(u -> {
          MailTexts texts = MailTexts.in(u.language());
          String title = texts.text("unsubscribe.title", u.what());
          String body = "<h1>" + MailTemplates.escape(title) + "</h1><form method=\"post\">"
              + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
              + "<button type=\"submit\">" + MailTemplates.escape(texts.text("unsubscribe.button")) + "</button></form>";
          return page(Response.Status.OK, u.language(), title, body);
        })
        .orElseGet(this::unknown);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Stops the e-mails this link names (RFC 8058 one-click; 404 for an unknown link)")
  public Response unsubscribe(@PathParam("secret") String secret) {
    return settings.unsubscribe(secret)
        .map(u -> {
          MailTexts texts = MailTexts.in(u.language());
          String done = texts.text("unsubscribe.done", u.what());
          return page(Response.Status.OK, u.language(), done, "<p>" + MailTemplates.escape(done) + "</p>");
        })
        .orElseGet(this::unknown);
  }

  private Response unknown() {
    MailTexts texts = MailTexts.in(Locale.ENGLISH);
    String text = texts.text("unsubscribe.unknown");
    return page(Response.Status.NOT_FOUND, Locale.ENGLISH, text, "<p>" + MailTemplates.escape(text) + "</p>");
  }

  private Response page(Response.Status status, Locale language, String title, String body) {
    MailTexts texts = MailTexts.in(language);
    String html = "<!DOCTYPE html><html lang=\"" + texts.language().getLanguage() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + MailTemplates.escape(title) + "</title></head>"
        + "<body style=\"font-family:sans-serif;max-width:40em;margin:2em auto\"><main>" + body
        + "<p><a href=\"" + MailTemplates.escape(config.settingsAddress()) + "\">" + MailTemplates.escape(texts.text("unsubscribe.settings"))
        + "</a></p></main></body></html>";
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(html)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}

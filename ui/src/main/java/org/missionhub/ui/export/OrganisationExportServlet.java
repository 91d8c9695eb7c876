package org.missionhub.ui.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.missionhub.core.export.rest.ExportDownloads;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.web.ExpensiveCalls;
import org.missionhub.core.web.ExpensiveWork;

/**
 * {@code /export/organisation}: the organisation's export for its administrator in the web application, as
 * the person signed in to the UI works (their session, their organisation; the same archive as
 * {@code GET /api/v1/orgs/{slug}/export}, through the same bulkhead). Anyone else is answered with the
 * refusal's status and message.
 */
@WebServlet("/" + OrganisationExportServlet.PATH)
public class OrganisationExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Relative to the application, as the UI links to it. */
  public static final String PATH = "export/organisation";

  @Inject transient ExportDownloads downloads;
  @Inject transient ExpensiveWork work;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ExportDownloads.Download download;
    try {
      download = downloads.begin();
    } catch (ApplicationException refused) {
      response.sendError(refused.kind().status(), refused.getMessage());
      return;
    }
    // like the API's export, through the bulkhead of expensive work (checked after the caller, so a refusal
    // tells nobody else how busy the server is)
    if (!work.enter(request)) {
      response.setHeader("Retry-After", "10");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, ExpensiveCalls.BUSY);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    download.writeTo(response.getOutputStream());
  }
}

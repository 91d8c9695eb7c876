package org.missionhub.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet, declared rather than left to Vaadin's CDI deployer for one reason: file uploads
 * (Vaadin's {@code Upload}, e.g. the roadmap's CSV import) arrive as multipart requests, and Open Liberty
 * parses them only for a servlet with a multipart configuration; without one the upload fails with 500.
 * Bounded like every API body (1 MiB per file).
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
@MultipartConfig(maxFileSize = 1_048_576, maxRequestSize = 2_097_152)
public class MissionHubServlet extends CdiVaadinServlet {

  private static final long serialVersionUID = 1L;
}

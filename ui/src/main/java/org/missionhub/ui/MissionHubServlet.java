package org.missionhub.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/**
 * The Vaadin servlet, declared rather than left to Vaadin's CDI deployer for two reasons. File uploads
 * (Vaadin's {@code Upload}, e.g. the roadmap's CSV import) arrive as multipart requests, and Open Liberty
 * parses them only for a servlet with a multipart configuration; without one the upload fails with 500.
 * Bounded like every API body (1 MiB per file). And its service keeps UI state in this server's memory
 * ({@link ServerLocalVaadinSessions}).
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
@MultipartConfig(maxFileSize = 1_048_576, maxRequestSize = 2_097_152)
public class MissionHubServlet extends CdiVaadinServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient BeanManager beans;

  @Override
  protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
    ServerLocalVaadinSessions service = new ServerLocalVaadinSessions(this, configuration, beans);
    service.init();
    return service;
  }
}

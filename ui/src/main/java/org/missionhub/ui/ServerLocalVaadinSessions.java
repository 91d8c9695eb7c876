package org.missionhub.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.cdi.CdiVaadinServletService;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;

/**
 * Keeps each UI's state (the {@link VaadinSession}) in the memory of the server that built it, even when
 * HTTP sessions are also kept in the database for a cluster (sessions-database.xml). The HTTP session holds
 * a {@link Local} that serializes as nothing: the sign-in and everything else in the session move to another
 * server when theirs is lost, the UI's components do not; that server answers the browser's next UI request
 * with "session expired" and Vaadin's client loads the page again, signed in (docs/operations.md, "Several
 * servers"). Without this, the database write at the end of every request would fail on the first
 * component that is not serializable.
 */
class ServerLocalVaadinSessions extends CdiVaadinServletService {

  private static final long serialVersionUID = 1L;

  ServerLocalVaadinSessions(CdiVaadinServlet servlet, DeploymentConfiguration configuration, BeanManager beans) {
    super(servlet, configuration, beans);
  }

  @Override
  protected void writeToHttpSession(WrappedSession httpSession, VaadinSession session) {
    Object held = httpSession.getAttribute(getSessionAttributeName());
    if (!(held instanceof Local local && local.session == session)) {
      httpSession.setAttribute(getSessionAttributeName(), new Local(session));
    }
  }

  @Override
  protected VaadinSession readFromHttpSession(WrappedSession httpSession) {
    Object held = httpSession.getAttribute(getSessionAttributeName());
    return held instanceof Local local ? local.session : null;
  }

  /**
   * The UI state, kept out of serialization. Passes the HTTP session's binding events on, which is how
   * Vaadin learns that the HTTP session ended (and ends the UIs and their scopes).
   */
  static final class Local implements HttpSessionBindingListener, Serializable {

    private static final long serialVersionUID = 1L;

    private final transient VaadinSession session;

    Local(VaadinSession session) {
      this.session = session;
    }

    @Override
    public void valueBound(HttpSessionBindingEvent event) {
      if (session != null) {
        session.valueBound(event);
      }
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
      if (session != null) {
        session.valueUnbound(event);
      }
    }
  }
}

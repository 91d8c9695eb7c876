package org.missionhub.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Takes an ended session out of {@link SignedInSessions}. */
@WebListener
public class SignedInSessionListener implements HttpSessionListener {

  @Inject SignedInSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    sessions.forget(event.getSession().getId());
  }
}

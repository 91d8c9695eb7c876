package org.missionhub.core.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Gives back the permit of an {@link ExpensiveCalls expensive call} once its response is written. */
@WebListener
public class ExpensiveCallRelease implements ServletRequestListener {

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    Object permit = event.getServletRequest().getAttribute(ExpensiveCalls.PERMIT);
    if (permit instanceof Runnable release) {
      event.getServletRequest().removeAttribute(ExpensiveCalls.PERMIT);
      release.run();
    }
  }
}

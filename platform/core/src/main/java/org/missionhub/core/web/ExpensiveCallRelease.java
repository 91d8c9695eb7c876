package org.missionhub.core.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Gives back the permit of an {@link ExpensiveWork expensive request} once its response is written. */
@WebListener
public class ExpensiveCallRelease implements ServletRequestListener {

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    Object permit = event.getServletRequest().getAttribute(ExpensiveWork.PERMIT);
    if (permit instanceof Runnable release) {
      event.getServletRequest().removeAttribute(ExpensiveWork.PERMIT);
      release.run();
    }
  }
}

package org.missionhub.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request, the UI's and the API's (declared first in web.xml for that): gives the
 * request its id ({@link RequestIds}), answers it in {@code X-Request-Id} and puts it on the log records the
 * request's thread writes until it ends.
 */
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String id = RequestIds.assign(request);
    response.setHeader(RequestIds.HEADER, id);
    ServerLogContext.bindRequestId(id);
    try {
      chain.doFilter(request, response);
    } finally {
      ServerLogContext.unbindRequestId();
    }
  }
}

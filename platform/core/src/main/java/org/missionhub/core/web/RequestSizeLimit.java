package org.missionhub.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above 1 MiB with 413, whether or not the client declared a length (a body without
 * one is read here up to the limit; one with one is counted as it is read): no API call
 * needs more, and reading an unbounded body would let one client exhaust the server's memory.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestSizeLimit implements ContainerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > MAX_BYTES) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (!request.hasEntity()) {
      return;
    }
    if (request.getLength() < 0) {
      // no declared length (chunked): read up to the limit here, so that an oversized body is refused
      // before any reader sees it (a reader might turn the refusal into "cannot be read")
      request.setEntityStream(new ByteArrayInputStream(readAtMostTheLimit(request.getEntityStream())));
    } else {
      request.setEntityStream(new Bounded(request.getEntityStream()));
    }
  }

  private static byte[] readAtMostTheLimit(InputStream in) throws IOException {
    byte[] body = in.readNBytes((int) MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return body;
  }

  private static final class Bounded extends FilterInputStream {
    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}

package org.missionhub.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Every request's id: the one a load balancer sent in {@code X-Request-Id} when it is a UUID, else a new
 * one. It is answered in the same header, carried by every log line written while the request runs
 * ({@link ServerLogContext}), and named by the {@code instance} of a problem+json answer ({@code urn:uuid:…}),
 * so that an operator finds the lines of the request a user reports. Only UUIDs are taken from outside: a
 * client cannot write its own text into the logs.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The request attribute holding the id. */
  static final String ATTRIBUTE = "missionhub.requestId";

  private RequestIds() {}

  /** The id the request came with, if it is a UUID; else a new one. */
  public static String assign(HttpServletRequest request) {
    String id = accepted(request.getHeader(HEADER)).orElseGet(() -> UUID.randomUUID().toString());
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }

  /** The request's id, once {@link #assign} gave it one. */
  public static Optional<String> of(HttpServletRequest request) {
    return Optional.ofNullable(request.getAttribute(ATTRIBUTE)).map(Object::toString);
  }

  /** The id as a URI, for a problem's {@code instance}. */
  public static String uri(String id) {
    return "urn:uuid:" + id;
  }

  static Optional<String> accepted(String header) {
    if (header == null || header.length() != 36) {
      return Optional.empty();
    }
    try {
      // normalised: the same id whatever the letter case it came in
      return Optional.of(UUID.fromString(header).toString());
    } catch (IllegalArgumentException notUuid) {
      return Optional.empty();
    }
  }
}

package org.missionhub.core.shared;

/**
 * The stable kinds of error MissionHub reports. Each has an HTTP status and a problem type URI that clients
 * may rely on (RFC 9457); the list is documented in docs/api.md.
 */
public enum ProblemKind {
  VALIDATION(400, "validation", "The request is not valid"),
  MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  ACCOUNT_DISABLED(401, "account-disabled", "Account disabled"),
  FORBIDDEN(403, "forbidden", "Not allowed"),
  ORGANISATION_SUSPENDED(403, "organisation-suspended", "Organisation suspended"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  CONFLICT(409, "conflict", "Conflict with the current state"),
  PRECONDITION_FAILED(412, "precondition-failed", "The resource was changed by someone else"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header required"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
  INTERNAL(500, "internal", "Internal error"),
  TOO_SLOW(503, "too-slow", "The request took too long and was stopped"),
  IDENTITY_PROVIDER_UNAVAILABLE(503, "identity-provider-unavailable", "The identity provider cannot be reached"),
  SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

  /** Base of all problem type URIs; documentation lives at docs/api.md#problem-types. */
  public static final String TYPE_BASE = "https://missionhub.org/problems/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + slug;
  }

  public String title() {
    return title;
  }
}

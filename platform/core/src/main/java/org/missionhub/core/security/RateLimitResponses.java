package org.missionhub.core.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.missionhub.core.shared.ProblemKind;
import org.missionhub.core.web.Problems;

/** The API's answer to a request over a rate limit: 429, problem details, and when to try again. */
final class RateLimitResponses {

  private RateLimitResponses() {}

  static Response tooMany(String what, Duration retryAfter) {
    return Response.fromResponse(
            Problems.response(ProblemKind.TOO_MANY_REQUESTS, "Too many requests " + what + "; try again in " + retryAfter.toSeconds() + " s"))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()))
        .build();
  }
}

package org.missionhub.core.shared;

import java.time.Duration;
import java.util.Objects;

/** A refusal because a rate limit is reached: answered 429 with a Retry-After of the wait, in whole seconds. */
public class RetryLater extends ApplicationException {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  public RetryLater(String what, Duration wait) {
    super(ProblemKind.TOO_MANY_REQUESTS, "Too many requests " + what + "; try again in " + Objects.requireNonNull(wait, "wait").toSeconds() + " s");
    this.wait = wait;
  }

  /** Whole seconds, at least one: what Retry-After says. */
  public long retryAfterSeconds() {
    return Math.max(1, wait.toSeconds());
  }
}

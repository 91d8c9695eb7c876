package org.missionhub.core.security;

/**
 * Platform-level roles, carried in the token's {@code groups} claim (Keycloak realm roles). They are about
 * operating the service, not about any organisation's data.
 */
public enum PlatformRole {
  /** Operates the service: approves, suspends and reactivates organisations. */
  PLATFORM_ADMIN,
  /** Runs cross-organisation benchmarking surveys and sees aggregates only. */
  BENCHMARK_ANALYST
}

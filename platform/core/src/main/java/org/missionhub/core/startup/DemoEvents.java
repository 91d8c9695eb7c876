package org.missionhub.core.startup;

import org.missionhub.core.security.Caller;

/**
 * What the demo data tells the rest of the core as it loads (CDI events, observed synchronously): an
 * organisation is ready, a mission is ready. The plugins' part of the demo listens to them (core's
 * {@code plugin.demo}), so that loading the demo does not depend on the plugin runtime, which depends on
 * start-up.
 */
public final class DemoEvents {

  private DemoEvents() {}

  /** A demo organisation exists, with the administrator who acts for it. */
  public record OrganisationReady(String organisation, Caller admin) {}

  /** A demo mission is complete, with its lead organisation and the leader who acts for it. */
  public record MissionReady(String missionId, String lead, Caller leader) {}

  /** Every demo organisation and mission is ready; the benchmark analyst acts at platform level. */
  public record PlatformReady(Caller analyst) {}
}

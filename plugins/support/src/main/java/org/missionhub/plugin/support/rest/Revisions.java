package org.missionhub.plugin.support.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import org.missionhub.api.plugin.PluginProblem;

/**
 * The If-Match / ETag convention of the plugins' endpoints, as core's: the ETag is the row's revision; a
 * change without If-Match is 428, with a stale one 412. (Shared by the plugins through plugins/support, as
 * the contract does not carry JAX-RS helpers.)
 */
public final class Revisions {

  private Revisions() {}

  public static EntityTag tag(long revision) {
    return new EntityTag(Long.toString(revision));
  }

  /**
   * The revision an If-Match names; refuses a missing header with 428 Precondition Required (the platform
   * answers it as the {@code precondition-required} problem naming If-Match, as for core's resources) and
   * a foreign one with 412.
   */
  public static long expected(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ClientErrorException(what + " needs If-Match with the ETag you read", 428);
    }
    try {
      return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw PluginProblem.stale(what);
    }
  }
}

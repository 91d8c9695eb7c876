package org.missionhub.plugin.funding.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import org.missionhub.api.plugin.PluginProblem;

/**
 * The If-Match / ETag convention of the platform's and plugins' endpoints: the ETag is the row's revision; a
 * change without If-Match is 428, with a stale one 412. (A plugin depends on the contract only, so each
 * carries these few lines.)
 */
final class Revisions {

  private Revisions() {}

  static EntityTag tag(long revision) {
    return new EntityTag(Long.toString(revision));
  }

  static long expected(String ifMatch, String what) {
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

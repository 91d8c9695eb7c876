package org.missionhub.plugin.survey.service;

import jakarta.ws.rs.core.EntityTag;
import org.missionhub.api.plugin.PluginProblem;

/** The If-Match / ETag convention of the survey endpoints: the ETag is the row's revision. */
public final class Revisions {

  private Revisions() {}

  public static EntityTag tag(long revision) {
    return new EntityTag(Long.toString(revision));
  }

  /** The revision an If-Match names; refuses a missing header (400 naming it) and a foreign one (412). */
  public static long expected(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PluginProblem.invalid("If-Match", "send the ETag you read, so that you do not overwrite someone else's change");
    }
    try {
      return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw PluginProblem.stale(what);
    }
  }
}

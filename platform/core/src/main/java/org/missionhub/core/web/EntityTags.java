package org.missionhub.core.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * ETags are the JPA {@code @Version} of the resource. Every update and delete must send the ETag it last
 * saw in {@code If-Match}: missing answers 428, stale answers 412 (the comparison itself happens in the
 * application service, against the row it is about to change).
 */
public final class EntityTags {

  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the client expects, read from {@code If-Match}. */
  public static long expectedVersion(HttpHeaders headers) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ApplicationException(
          ProblemKind.PRECONDITION_REQUIRED,
          "Send the resource's ETag in If-Match so that you do not overwrite someone else's change");
    }
    String tag = ifMatch.trim();
    if (tag.equals("*")) {
      throw new ApplicationException(
          ProblemKind.PRECONDITION_REQUIRED,
          "If-Match: * is not accepted; send the resource's ETag so that you do not overwrite someone"
              + " else's change");
    }
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      // a tag we never issued cannot match the current representation
      throw ApplicationException.staleVersion("The resource");
    }
  }
}

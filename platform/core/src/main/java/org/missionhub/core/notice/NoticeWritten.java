package org.missionhub.core.notice;

import java.util.Objects;
import java.util.Optional;

/**
 * Fired in the transaction that writes a notice, so that its e-mail (or its place in a digest) is written in
 * the same transaction: both or neither.
 *
 * @param address where to e-mail it instead of the person's own address (a contact address given with a
 *     request), if anywhere else
 * @param subjectLine the e-mail's subject line the sender chose, if it chose one
 */
public record NoticeWritten(Notice notice, Optional<String> address, Optional<String> subjectLine) {

  public NoticeWritten {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(subjectLine, "subjectLine");
  }
}

package org.missionhub.core.mail.domain;

import java.util.Objects;

/** An e-mail's subject line and body, as plain text and as HTML (the two parts of one message). */
public record ComposedMail(String subject, String text, String html) {

  public ComposedMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("a subject line is one non-blank line");
    }
  }
}

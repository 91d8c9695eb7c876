package org.missionhub.plugin.survey.version;

/** A change the version's state does not allow (editing a published version, two drafts at once). */
public final class VersionConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VersionConflictException(String message) {
    super(message);
  }
}

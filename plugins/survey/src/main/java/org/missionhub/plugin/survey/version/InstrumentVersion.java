package org.missionhub.plugin.survey.version;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.instrument.Question;

/**
 * One version of an instrument. A draft may change; a published version never does (responses point to
 * it). Editing after publication means a new draft version. Questions keep their codes across versions so
 * waves compare; a question whose code changed names its predecessor in the previous published version.
 *
 * @param predecessors question code in this version to the code it replaces in the previous version
 * @param revision the optimistic-locking version of this row (the ETag)
 */
public record InstrumentVersion(
    String code,
    int number,
    Status status,
    Instrument definition,
    Map<String, String> predecessors,
    OffsetDateTime createdAt,
    String createdBy,
    Optional<OffsetDateTime> publishedAt,
    long revision) {

  /** Where a version is in its life. */
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  public InstrumentVersion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(definition, "definition");
    predecessors = Map.copyOf(predecessors);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (number < 1) {
      throw new IllegalArgumentException("versions are numbered from 1");
    }
    if (!definition.code().equals(code)) {
      throw new InvalidInstrumentException("the definition's code " + definition.code() + " is not the instrument's code " + code);
    }
    if ((status == Status.PUBLISHED) != publishedAt.isPresent()) {
      throw new IllegalArgumentException("a published version, and only one, has a publication time");
    }
  }

  /** The first draft of a new instrument. */
  public static InstrumentVersion first(Instrument definition, String by, OffsetDateTime now) {
    return new InstrumentVersion(definition.code(), 1, Status.DRAFT, definition, Map.of(), now, by, Optional.empty(), 0);
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  /** The draft with a new definition; {@code previous} is the version before it, whose questions the predecessors name. */
  public InstrumentVersion edited(Instrument newDefinition, Map<String, String> newPredecessors, Optional<InstrumentVersion> previous) {
    if (!isDraft()) {
      throw new VersionConflictException("version " + number + " of " + code + " is published and cannot change; start a new version");
    }
    checkPredecessors(newDefinition, newPredecessors, previous);
    return new InstrumentVersion(code, number, status, newDefinition, newPredecessors, createdAt, createdBy, publishedAt, revision + 1);
  }

  public InstrumentVersion published(OffsetDateTime now) {
    if (!isDraft()) {
      throw new VersionConflictException("version " + number + " of " + code + " is already published");
    }
    return new InstrumentVersion(code, number, Status.PUBLISHED, definition, predecessors, createdAt, createdBy, Optional.of(now), revision + 1);
  }

  /** The next draft, starting as a copy of this published version. */
  public InstrumentVersion nextDraft(String by, OffsetDateTime now) {
    if (isDraft()) {
      throw new VersionConflictException("version " + number + " of " + code + " is still a draft; change it rather than starting another");
    }
    return new InstrumentVersion(code, number + 1, Status.DRAFT, definition, Map.of(), now, by, Optional.empty(), 0);
  }

  private static void checkPredecessors(Instrument definition, Map<String, String> predecessors, Optional<InstrumentVersion> previous) {
    if (predecessors.isEmpty()) {
      return;
    }
    Instrument before = previous.orElseThrow(() -> new InvalidInstrumentException("a first version has no predecessors to name")).definition();
    predecessors.forEach(
        (now, then) -> {
          if (definition.question(now).isEmpty()) {
            throw new InvalidInstrumentException("the predecessor of " + now + " is given, but " + now + " is not a question of this version");
          }
          if (before.question(then).isEmpty()) {
            throw new InvalidInstrumentException(then + " (the predecessor of " + now + ") is not a question of version " + previous.get().number());
          }
          if (definition.question(then).map(Question::code).isPresent()) {
            throw new InvalidInstrumentException(then + " is still a question of this version, so it cannot be replaced by " + now);
          }
        });
  }
}

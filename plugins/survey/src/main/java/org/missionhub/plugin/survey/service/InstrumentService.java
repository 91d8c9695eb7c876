package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.Templates;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.version.VersionConflictException;

/**
 * A benchmark analyst's instruments, for the API and the analyst's page alike: a first version (from a
 * template, a definition or an XLSForm), drafts changed under optimistic locking, publication, and the
 * next version as a copy.
 */
public final class InstrumentService {

  private final InstrumentStore store;
  private final Templates templates;
  private final Clock clock;

  public InstrumentService(InstrumentStore store, Templates templates, Clock clock) {
    this.store = store;
    this.templates = templates;
    this.clock = clock;
  }

  public List<InstrumentVersion> latest() {
    return store.latest();
  }

  /** Each instrument's newest published version (what a campaign or a mission survey can put to people). */
  public List<InstrumentVersion> published() {
    return store.latest().stream()
        .map(latest -> store.versions(latest.code()).stream().filter(v -> !v.isDraft()).max(java.util.Comparator.comparingInt(InstrumentVersion::number)))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public List<InstrumentVersion> versions(String code) {
    List<InstrumentVersion> versions = store.versions(code);
    if (versions.isEmpty()) {
      throw PluginProblem.notFound("Instrument " + code);
    }
    return versions;
  }

  public InstrumentVersion version(String code, int number) {
    return store.version(code, number).orElseThrow(() -> PluginProblem.notFound("Version " + number + " of " + code));
  }

  /** A template's copy under a code of its own, as version 1 (a draft). */
  public InstrumentVersion fromTemplate(String code, String template, String by) {
    Instrument source = templates.find(template).orElseThrow(() -> PluginProblem.invalid("template", "is not a template: " + template));
    Instrument copy;
    try {
      copy = new Instrument(code, source.title(), source.description(), source.sections());
    } catch (InvalidInstrumentException e) {
      throw PluginProblem.invalid("code", e.getMessage());
    }
    return firstVersion(copy, by);
  }

  public InstrumentVersion firstVersion(Instrument definition, String by) {
    InstrumentVersion first = InstrumentVersion.first(definition, by, now());
    if (!store.add(first)) {
      throw PluginProblem.conflict("An instrument with the code " + first.code() + " exists already");
    }
    return first;
  }

  public InstrumentVersion change(String code, int number, long expectedRevision, Instrument definition, Map<String, String> predecessors) {
    InstrumentVersion current = version(code, number);
    Optional<InstrumentVersion> previous = number > 1 ? store.version(code, number - 1) : Optional.empty();
    return save(applying(() -> current.edited(definition, predecessors, previous)), expectedRevision);
  }

  public InstrumentVersion publish(String code, int number, long expectedRevision) {
    return save(applying(() -> version(code, number).published(now())), expectedRevision);
  }

  /** Starts the next version as a copy of the newest, which must be published. */
  public InstrumentVersion nextVersion(String code, String by) {
    List<InstrumentVersion> versions = versions(code);
    InstrumentVersion next = applying(() -> versions.get(versions.size() - 1).nextDraft(by, now()));
    if (!store.add(next)) {
      throw PluginProblem.conflict("Version " + next.number() + " of " + code + " was just started by someone else");
    }
    return next;
  }

  private InstrumentVersion save(InstrumentVersion changed, long expected) {
    if (!store.update(changed, expected)) {
      throw PluginProblem.stale("Version " + changed.number() + " of " + changed.code());
    }
    return changed;
  }

  private static InstrumentVersion applying(Supplier<InstrumentVersion> change) {
    try {
      return change.get();
    } catch (VersionConflictException e) {
      throw PluginProblem.conflict(e.getMessage());
    } catch (InvalidInstrumentException e) {
      throw PluginProblem.invalid("predecessors", e.getMessage());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}

package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.Templates;
import org.missionhub.plugin.survey.version.InstrumentOwner;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.version.VersionConflictException;

/**
 * One owner's instruments (the benchmark analysts', or an organisation's own), for the API and the pages
 * alike: a first version (from a template, a definition or an XLSForm), drafts changed under optimistic
 * locking, publication, and the next version as a copy; each write recorded in the journal's audit log.
 */
public final class InstrumentService {

  /** How the writes show in an audit log: {@code survey.instrument.created}, {@code survey.instrument.updated}. */
  private static final String AUDITED = "instrument";

  private final InstrumentStore store;
  private final Templates templates;
  private final Clock clock;
  private final InstrumentOwner owner;
  private final InstrumentJournal journal;

  /** The benchmark analysts' instruments, recorded nowhere until {@link #recordedIn} says where. */
  public InstrumentService(InstrumentStore store, Templates templates, Clock clock) {
    this(store, templates, clock, InstrumentOwner.PLATFORM, InstrumentJournal.NONE);
  }

  private InstrumentService(InstrumentStore store, Templates templates, Clock clock, InstrumentOwner owner, InstrumentJournal journal) {
    this.store = store;
    this.templates = templates;
    this.clock = clock;
    this.owner = owner;
    this.journal = journal;
  }

  /** The same service for an organisation's own instruments. */
  public InstrumentService ofOrganisation(String organisationId) {
    return new InstrumentService(store, templates, clock, InstrumentOwner.organisation(organisationId), journal);
  }

  /** The same service, recording its writes in the journal's log (the caller's, for a request or a page). */
  public InstrumentService recordedIn(InstrumentJournal journal) {
    return new InstrumentService(store, templates, clock, owner, journal);
  }

  public InstrumentOwner owner() {
    return owner;
  }

  public List<InstrumentVersion> latest() {
    return store.latest(owner);
  }

  /** Each instrument's newest published version (what a campaign or a mission survey can put to people). */
  public List<InstrumentVersion> published() {
    return store.latest(owner).stream()
        .map(latest -> store.versions(owner, latest.code()).stream().filter(v -> !v.isDraft()).max(java.util.Comparator.comparingInt(InstrumentVersion::number)))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public List<InstrumentVersion> versions(String code) {
    List<InstrumentVersion> versions = store.versions(owner, code);
    if (versions.isEmpty()) {
      throw PluginProblem.notFound("Instrument " + code);
    }
    return versions;
  }

  public InstrumentVersion version(String code, int number) {
    return store.version(owner, code, number).orElseThrow(() -> PluginProblem.notFound("Version " + number + " of " + code));
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
    return added(first, "An instrument with the code " + first.code() + " exists already");
  }

  public InstrumentVersion change(String code, int number, long expectedRevision, Instrument definition, Map<String, String> predecessors) {
    InstrumentVersion current = version(code, number);
    Optional<InstrumentVersion> previous = number > 1 ? store.version(owner, code, number - 1) : Optional.empty();
    return save(applying(() -> current.edited(definition, predecessors, previous)), expectedRevision);
  }

  public InstrumentVersion publish(String code, int number, long expectedRevision) {
    return save(applying(() -> version(code, number).published(now())), expectedRevision);
  }

  /** Starts the next version as a copy of the newest, which must be published. */
  public InstrumentVersion nextVersion(String code, String by) {
    List<InstrumentVersion> versions = versions(code);
    InstrumentVersion next = applying(() -> versions.get(versions.size() - 1).nextDraft(by, now()));
    return added(next, "Version " + next.number() + " of " + code + " was just started by someone else");
  }

  private InstrumentVersion added(InstrumentVersion version, String taken) {
    return journal.recorded(
        () -> {
          if (!store.add(owner, version)) {
            throw PluginProblem.conflict(taken);
          }
          return version;
        },
        v -> AuditRecord.created(AUDITED, name(v), Map.of("status", v.status().name(), "revision", Long.toString(v.revision()))));
  }

  private InstrumentVersion save(InstrumentVersion changed, long expected) {
    return journal.recorded(
        () -> {
          if (!store.update(owner, changed, expected)) {
            throw PluginProblem.stale("Version " + changed.number() + " of " + changed.code());
          }
          return changed;
        },
        v -> AuditRecord.updated(AUDITED, name(v), Map.of("revision", Long.toString(expected)), Map.of("status", v.status().name(), "revision", Long.toString(v.revision()))));
  }

  private static String name(InstrumentVersion version) {
    return version.code() + " v" + version.number();
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

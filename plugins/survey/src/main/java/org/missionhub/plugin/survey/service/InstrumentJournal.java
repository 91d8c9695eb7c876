package org.missionhub.plugin.survey.service;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * Where an instrument's writes are recorded: the platform's audit log for an analyst, the organisation's for
 * its own forms. The write and its record share one transaction (the store's work joins it), so they commit
 * together or not at all.
 */
public final class InstrumentJournal {

  /** Records nothing: the plugin's own writes (the demo's instruments), which no person made. */
  static final InstrumentJournal NONE = new InstrumentJournal(null, record -> {});

  private final PluginDatabase database;
  private final Consumer<AuditRecord> log;

  public InstrumentJournal(PluginDatabase database, Consumer<AuditRecord> log) {
    this.database = database;
    this.log = log;
  }

  <T> T recorded(Supplier<T> write, Function<T, AuditRecord> record) {
    if (database == null) {
      return write.get();
    }
    return database.inTransaction(connection -> {
      T done = write.get();
      log.accept(record.apply(done));
      return done;
    });
  }
}

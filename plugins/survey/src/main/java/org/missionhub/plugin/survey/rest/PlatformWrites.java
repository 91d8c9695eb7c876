package org.missionhub.plugin.survey.rest;

import java.util.function.Function;
import java.util.function.Supplier;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginDatabase;

/**
 * An analyst's write at platform level (a campaign; questionnaires record theirs through {@code InstrumentJournal})
 * with its record in the platform's audit log (contract 1.3.0), in one transaction: the stores' own work joins it,
 * so the write and its record commit together or not at all.
 */
final class PlatformWrites {

  private final PluginDatabase database;
  private final PlatformScope scope;

  PlatformWrites(PluginDatabase database, PlatformScope scope) {
    this.database = database;
    this.scope = scope;
  }

  <T> T audited(Supplier<T> write, Function<T, AuditRecord> record) {
    return database.inTransaction(connection -> {
      T done = write.get();
      scope.audit(record.apply(done));
      return done;
    });
  }
}

package org.missionhub.core.audit.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.missionhub.api.plugin.SpreadsheetCells;
import org.missionhub.core.audit.AuditEntry;
import org.missionhub.core.audit.AuditLogService;
import org.missionhub.core.audit.AuditQuery;
import org.missionhub.core.shared.PageRequest;

/**
 * The audit log as CSV for a spreadsheet: one row per entry, newest first, every cell that a spreadsheet would run
 * as a formula neutralised; at most {@value #LIMIT} entries, read a page at a time.
 */
public final class AuditCsv {

  /** The most entries one file holds. */
  public static final int LIMIT = 50_000;

  private static final int PAGE = 1_000;

  static final List<String> COLUMNS = List.of("occurredAt", "actorName", "actorSubject", "action", "entityType", "entityId", "missionId", "operation", "changes");

  private AuditCsv() {}

  /** The entries the filters select, read with {@code audit} (which checks the caller administers the organisation). */
  public static byte[] of(AuditLogService audit, AuditQuery query) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
      for (int page = 0; page * PAGE < LIMIT; page++) {
        List<AuditEntry> entries = audit.list(query, new PageRequest(page, PAGE, List.of(new PageRequest.SortOrder("occurredAt", true)))).items();
        for (AuditEntry e : entries) {
          csv.printRecord(e.occurredAt(), cell(e.actorName()), cell(e.actorSubject()), cell(e.action()), cell(e.entityType()), cell(e.entityId()),
              cell(e.missionId()), cell(e.operation()), cell(e.changes()));
        }
        if (entries.size() < PAGE) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String cell(String text) {
    return SpreadsheetCells.neutralised(text);
  }
}

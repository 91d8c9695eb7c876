package org.missionhub.plugin.evaluation.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.export.IndicatorCsv;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.service.Forms.ActualForm;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ImportProblems;

/**
 * Importing reported values from a CSV file in the export's columns, so that the export, filled in, is the
 * template: each row's indicator (by code), period, group, value, source and comment are checked by the
 * same rules as the form, and either every value is added in one transaction or none is, with a report
 * naming each problem by row and column. A dry run only reports. A row for a value already reported
 * changes nothing when it says the same, is a problem when it differs, unless the import replaces reported
 * values (a correction: back to REPORTED, audited). Rows without a value are skipped, as the export writes
 * rows of targets alone. The export's other columns are read over.
 */
public final class ValueImport {

  private static final Set<String> REQUIRED = Set.of("indicator", "period", "value");

  private final MissionScope scope;
  private final Access access;
  private final ActualRules rules;
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();

  public ValueImport(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.access = new Access(scope);
    this.rules = new ActualRules(scope, context.clock());
  }

  public ValueImportReport run(CsvSheet sheet, boolean dryRun, boolean replace) {
    if (!access.reportsAny()) {
      throw PluginProblem.forbidden("Only people who report indicators' values, and the mission's leaders and coordinators, import them");
    }
    return scope.database().inTransaction(c -> {
      Board board = new Board(indicators.all(c, mission()), actuals.all(c, mission()));
      Set<String> known = new LinkedHashSet<>(IndicatorCsv.COLUMNS.stream().map(col -> col.toLowerCase(Locale.ROOT)).toList());
      Rows rows = new Rows(board, sheet, replace);
      rows.problems.addAll(ImportProblems.header(sheet.columns(), known, REQUIRED));
      if (rows.problems.isEmpty()) {
        sheet.rows().forEach(rows::read);
        if (sheet.rows().isEmpty()) {
          rows.problems.add(new ImportProblem(2, "", "the file has no rows below its header"));
        }
      }
      boolean ok = rows.problems.isEmpty();
      ValueImportReport report = new ValueImportReport(dryRun, replace, sheet.rows().size(), ok ? rows.added.size() : 0, ok ? rows.corrected.size() : 0, rows.unchanged,
          rows.skipped, rows.problems);
      if (!dryRun && ok) {
        write(c, rows);
      }
      return report;
    });
  }

  private void write(Connection c, Rows rows) throws SQLException {
    for (Actual actual : rows.added) {
      actuals.insert(c, writer(), mission(), actual);
      scope.audit(AuditRecord.created("indicator-value", actual.id(), audited(rows.board, actual)));
    }
    for (Map.Entry<Actual, Actual> correction : rows.corrected.entrySet()) {
      Actual before = correction.getKey();
      Actual after = correction.getValue();
      if (!actuals.correct(c, writer(), mission(), after, before.revision())) {
        // changed by someone else since the file was read: the transaction is undone, nothing is imported
        throw PluginProblem.stale("A reported value");
      }
      scope.audit(AuditRecord.updated("indicator-value", after.id(), audited(rows.board, before), audited(rows.board, after)));
    }
  }

  private static Map<String, String> audited(Board board, Actual actual) {
    Map<String, String> state = new LinkedHashMap<>(ActualRules.state(board.indicator(actual.indicatorId()).orElseThrow(), actual));
    state.put("source", "csv import");
    return state;
  }

  /** The rows read so far: what they add or correct, and their problems. */
  private final class Rows {

    final Board board;
    final CsvSheet sheet;
    final boolean replace;
    final Map<String, Indicator> byCode = new HashMap<>();
    final Map<String, Long> slots = new HashMap<>();
    final List<Actual> added = new ArrayList<>();
    final Map<Actual, Actual> corrected = new LinkedHashMap<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int unchanged;
    int skipped;

    Rows(Board board, CsvSheet sheet, boolean replace) {
      this.board = board;
      this.sheet = sheet;
      this.replace = replace;
      board.indicators().forEach(i -> byCode.put(i.code().toLowerCase(Locale.ROOT), i));
    }

    void read(CsvSheet.Row row) {
      if (row.get("value") == null) {
        skipped++;
        return;
      }
      Indicator indicator = indicator(row);
      if (indicator == null) {
        return;
      }
      Actual actual;
      try {
        actual = rules.read(indicator, UUID.randomUUID().toString(),
            new ActualForm(row.get("period"), row.get("disaggregation"), sheet.number(row.get("value")), row.get("source"), row.get("comment")), 1);
      } catch (PluginProblem refused) {
        refused.fields().forEach(f -> problems.add(new ImportProblem(row.number(), f.field(), f.message())));
        return;
      }
      Long earlier = slots.putIfAbsent(actual.indicatorId() + "|" + actual.period() + "|" + actual.disaggregation(), row.number());
      if (earlier != null) {
        problems.add(new ImportProblem(row.number(), "period", "row " + earlier + " has a value for " + indicator.code() + " " + ActualRules.slot(indicator, actual) + " already"));
        return;
      }
      ActualRules.sameSlot(board, actual).ifPresentOrElse(before -> {
        if (actual.sameAs(before)) {
          unchanged++;
        } else if (replace) {
          corrected.put(before, actual.replacing(before));
        } else {
          problems.add(new ImportProblem(row.number(), "value", "a value is reported for " + ActualRules.slot(indicator, actual) + " already (" + before.value().toPlainString() + ", "
              + before.verification().name().toLowerCase(Locale.ROOT) + "): correct it, or import again replacing reported values"));
        }
      }, () -> added.add(actual));
    }

    private Indicator indicator(CsvSheet.Row row) {
      String code = row.get("indicator");
      if (code == null) {
        problems.add(new ImportProblem(row.number(), "indicator", "is required: the indicator's code"));
        return null;
      }
      Indicator indicator = byCode.get(code.strip().toLowerCase(Locale.ROOT));
      if (indicator == null) {
        problems.add(new ImportProblem(row.number(), "indicator", "'" + code + "' is not an indicator of this mission; the codes are "
            + String.join(", ", board.indicators().stream().map(Indicator::code).toList())));
        return null;
      }
      if (!access.mayReport(indicator)) {
        problems.add(new ImportProblem(row.number(), "indicator", "is reported by another organisation: only it, or the mission's leaders and coordinators, report " + indicator.code()));
        return null;
      }
      return indicator;
    }
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }
}

package org.missionhub.plugin.evaluation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.missionhub.api.plugin.SpreadsheetCells;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.Target;

/**
 * The mission's indicator data as tidy CSV: one row per indicator x period x disaggregation group (the total
 * first, with the period's target), every period that has a target or a value, exact decimals as written.
 * UTF-8 with a byte order mark so that spreadsheets read the accents; text a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) gets a leading apostrophe.
 */
public final class IndicatorCsv {

  public static final List<String> COLUMNS = List.of(
      "indicator", "name", "unit", "direction", "period", "periodStart", "periodEnd", "disaggregation", "baseline", "baselineDate", "target", "targetUpper",
      "value", "verification", "source", "comment", "reportingOrganisation", "reportedAt");

  private IndicatorCsv() {}

  /** @param organisationName an organisation's name by its id, for the reporting organisation */
  public static void write(Board board, Function<String, String> organisationName, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    for (Indicator indicator : board.indicators()) {
      List<Actual> values = board.actualsOf(indicator.id());
      TreeSet<LocalDate> periods = new TreeSet<>();
      indicator.targets().forEach(t -> periods.add(t.period()));
      values.forEach(a -> periods.add(a.period()));
      for (LocalDate period : periods) {
        Optional<Target> target = indicator.target(period);
        Optional<Actual> total = values.stream().filter(a -> a.period().equals(period) && a.isTotal()).reduce((first, later) -> later);
        printer.printRecord(row(indicator, period, null, target, total, organisationName));
        for (Actual group : values.stream().filter(a -> a.period().equals(period) && !a.isTotal()).toList()) {
          printer.printRecord(row(indicator, period, group.disaggregation(), Optional.empty(), Optional.of(group), organisationName));
        }
      }
    }
    printer.flush();
  }

  private static List<String> row(Indicator i, LocalDate period, String group, Optional<Target> target, Optional<Actual> value, Function<String, String> names) {
    List<Object> cells = new ArrayList<>(List.of(
        i.code(), i.name().en(), nullable(i.unit()), i.direction().name(), i.periods().name(period), period, i.periods().end(period), nullable(group),
        nullable(i.baselineValue()), nullable(i.baselineDate()), target.map(t -> (Object) t.value()).orElse(""), target.map(t -> nullable(t.upper())).orElse("")));
    cells.add(value.map(a -> (Object) a.value()).orElse(""));
    cells.add(value.map(a -> a.verification().name()).orElse(""));
    cells.add(value.map(a -> nullable(a.source())).orElse(""));
    cells.add(value.map(a -> nullable(a.comment())).orElse(""));
    cells.add(value.map(a -> nullable(names.apply(a.reportingOrganisation()))).orElse(""));
    cells.add(value.map(a -> (Object) a.reportedAt()).orElse(""));
    return cells.stream().map(IndicatorCsv::text).toList();
  }

  private static Object nullable(Object value) {
    return value == null ? "" : value;
  }

  static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return SpreadsheetCells.neutralised(String.valueOf(value));
  }

  /** Names by id from the mission's organisations. */
  public static Function<String, String> names(Map<String, String> byId) {
    return id -> byId.getOrDefault(id, "Former organisation");
  }
}

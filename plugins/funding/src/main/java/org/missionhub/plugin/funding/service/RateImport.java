package org.missionhub.plugin.funding.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.missionhub.plugin.funding.model.Money;
import org.missionhub.plugin.funding.model.Rates;
import org.missionhub.plugin.funding.service.Forms.RateForm;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ImportProblems;

/**
 * Exchange rates from a CSV file (a central bank's table saved from a spreadsheet; no internet here):
 * columns {@code currency}, {@code from} and {@code rate} — one unit of the currency is {@code rate} units of
 * the mission's currency from that day. Read whole and checked row by row, every problem named by its row and
 * column; the file's rates are added to the mission's (a rate for the same currency and day replaced).
 */
final class RateImport {

  static final Set<String> COLUMNS = Set.of("currency", "from", "rate");

  private RateImport() {}

  /** The mission's rates with the file's added, or a 400 naming every row and column that is wrong. */
  static List<RateForm> merged(Rates current, CsvSheet sheet) {
    List<ImportProblem> problems = new ArrayList<>(ImportProblems.header(sheet.columns(), List.of("currency", "from", "rate"), COLUMNS));
    List<RateForm> read = new ArrayList<>();
    if (problems.isEmpty()) {
      if (sheet.rows().isEmpty()) {
        problems.add(new ImportProblem(2, "", "the file has no rows below its header"));
      }
      for (CsvSheet.Row row : sheet.rows()) {
        String currency = row.get("currency") == null ? null : row.get("currency").strip().toUpperCase(Locale.ROOT);
        try {
          Currency code = Currency.getInstance(currency == null ? "" : currency);
          if (!Money.isMoney(code)) {
            problems.add(new ImportProblem(row.number(), "currency", currency + " names no money"));
          } else if (code.equals(current.missionCurrency())) {
            problems.add(new ImportProblem(row.number(), "currency", "is the mission's own currency"));
          }
        } catch (IllegalArgumentException e) {
          problems.add(new ImportProblem(row.number(), "currency", "'" + (currency == null ? "" : currency) + "' is not an ISO 4217 code such as EUR or DKK"));
        }
        try {
          LocalDate.parse(row.get("from") == null ? "" : row.get("from").strip());
        } catch (DateTimeParseException e) {
          problems.add(new ImportProblem(row.number(), "from", "'" + (row.get("from") == null ? "" : row.get("from")) + "' is not a date such as 2026-01-01"));
        }
        String rate = sheet.number(row.get("rate"));
        try {
          if (rate == null || new BigDecimal(rate.strip()).signum() <= 0) {
            problems.add(new ImportProblem(row.number(), "rate", "must be a number above 0"));
          }
        } catch (NumberFormatException e) {
          problems.add(new ImportProblem(row.number(), "rate", "'" + row.get("rate") + "' is not a number"));
        }
        if (read.stream().anyMatch(r -> r.currency().equals(currency) && r.from().equals(row.get("from") == null ? null : row.get("from").strip()))) {
          problems.add(new ImportProblem(row.number(), "from", "the file has a rate of " + currency + " on that day already"));
        }
        read.add(new RateForm(currency, row.get("from") == null ? null : row.get("from").strip(), rate == null ? null : rate.strip()));
      }
    }
    if (!problems.isEmpty()) {
      throw ImportProblems.refusal(problems);
    }
    List<RateForm> merged = new ArrayList<>();
    for (Rates.Rate r : current.rates()) {
      String code = r.currency().getCurrencyCode();
      if (read.stream().noneMatch(x -> x.currency().equals(code) && x.from().equals(r.from().toString()))) {
        merged.add(new RateForm(code, r.from().toString(), r.rate().toPlainString()));
      }
    }
    merged.addAll(read);
    return merged;
  }
}

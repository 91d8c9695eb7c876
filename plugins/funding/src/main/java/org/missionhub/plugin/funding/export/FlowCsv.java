package org.missionhub.plugin.funding.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.missionhub.api.plugin.SpreadsheetCells;
import org.missionhub.plugin.funding.model.Flow;
import org.missionhub.plugin.funding.model.Funder;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.service.FundingService;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * Every flow of a mission as tidy CSV: one row per flow with its funder, initiative, stage, date, exact
 * amount in its own currency and, beside it, in the mission's currency (empty when no rate applies). UTF-8
 * with a byte order mark so that spreadsheets read the accents; text a spreadsheet would run as a formula is
 * neutralised.
 */
public final class FlowCsv {

  /** The columns, which the Fiscal Data Package descriptor describes one by one. */
  public static final List<String> COLUMNS = List.of(
      "flow", "date", "stage", "iatiTransactionType", "amount", "currency", "amountInMissionCurrency", "missionCurrency", "conditional", "confidential", "expires",
      "funder", "funderName", "funderOrganisation", "sourceType", "instrument", "initiative", "initiativeTitle", "objectives", "note");

  private FlowCsv() {}

  /**
   * @param view the plan as the caller sees it: a confidential amount it may not see is left empty (marked in {@code confidential})
   * @param organisationSlug an organisation's slug by its id, for the funders that are organisations of the mission
   */
  public static void write(FundingService.View view, Function<String, String> organisationSlug, OutputStream out) throws IOException {
    FundingPlan plan = view.plan();
    List<PortfolioInitiative> initiatives = view.initiatives();
    Map<String, PortfolioInitiative> byId = initiatives.stream().collect(Collectors.toMap(PortfolioInitiative::id, i -> i));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    String missionCurrency = plan.rates().missionCurrency().getCurrencyCode();
    for (Flow flow : plan.flows()) {
      Funder funder = plan.funder(flow.funderId()).orElseThrow();
      PortfolioInitiative initiative = byId.get(flow.initiativeId());
      List<String> cells = new ArrayList<>();
      cells.add(flow.id());
      cells.add(flow.date().toString());
      cells.add(flow.stage().name());
      cells.add(flow.stage().iatiTransactionType());
      boolean shown = view.shows(flow);
      cells.add(shown ? flow.money().amount().toPlainString() : "");
      cells.add(flow.money().code());
      cells.add(shown ? plan.rates().convert(flow.money(), flow.date()).map(v -> plan.rates().rounded(v).toPlainString()).orElse("") : "");
      cells.add(missionCurrency);
      cells.add(Boolean.toString(flow.conditional()));
      cells.add(Boolean.toString(flow.confidential()));
      cells.add(flow.expires() == null ? "" : flow.expires().toString());
      cells.add(funder.id());
      cells.add(funder.name());
      cells.add(funder.isMember() ? nullable(organisationSlug.apply(funder.organisation())) : "");
      cells.add(funder.sourceType().name());
      cells.add(funder.instrument().name());
      cells.add(flow.initiativeId());
      cells.add(initiative == null ? "" : initiative.title());
      cells.add(initiative == null ? "" : String.join("; ", initiative.objectives()));
      cells.add(nullable(flow.note()));
      printer.printRecord(cells.stream().map(SpreadsheetCells::neutralised).toList());
    }
    printer.flush();
  }

  private static String nullable(String value) {
    return value == null ? "" : value;
  }
}

package org.missionhub.plugin.funding.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.service.FundingService;

/**
 * The flows as a Fiscal Data Package (OpenSpending's profile of the Frictionless Data Package, version 1.0):
 * one ZIP holding {@code flows.csv} (the tidy CSV of {@link FlowCsv}) and {@code datapackage.json}, the
 * descriptor that types every column and models the amount in the mission's currency as the measure, with
 * date, funder, initiative, stage and source type as dimensions, so that OpenSpending-like tools load it.
 */
public final class FiscalDataPackage {

  public static final String CSV = "flows.csv";

  private FiscalDataPackage() {}

  public static void write(String missionTitle, String name, FundingService.View view, Function<String, String> organisationSlug, OffsetDateTime now, OutputStream out)
      throws IOException {
    FundingPlan plan = view.plan();
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry("datapackage.json"));
    Map<String, Object> pretty = Map.of(JsonGenerator.PRETTY_PRINTING, true);
    try (JsonWriter json = Json.createWriterFactory(pretty).createWriter(unclosed(zip))) {
      json.write(descriptor(missionTitle, name, plan.rates().missionCurrency().getCurrencyCode(), now));
    }
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(CSV));
    FlowCsv.write(view, organisationSlug, unclosed(zip));
    zip.closeEntry();
    zip.finish();
  }

  /** The descriptor: the package, its one resource with a field per column, and the fiscal model. */
  static JsonObject descriptor(String missionTitle, String name, String currency, OffsetDateTime now) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (String column : FlowCsv.COLUMNS) {
      fields.add(field(column));
    }
    JsonObjectBuilder dimensions = Json.createObjectBuilder()
        .add("date", dimension("datetime", "date", Json.createObjectBuilder().add("date", source("date"))))
        .add("funder", dimension("entity", "funder", Json.createObjectBuilder().add("funder", source("funder")).add("funderName", source("funderName"))
            .add("funderOrganisation", source("funderOrganisation"))))
        .add("sourceType", dimension("classification", "sourceType", Json.createObjectBuilder().add("sourceType", source("sourceType"))))
        .add("initiative", dimension("activity", "initiative", Json.createObjectBuilder().add("initiative", source("initiative"))
            .add("initiativeTitle", source("initiativeTitle"))))
        .add("stage", dimension("other", "stage", Json.createObjectBuilder().add("stage", source("stage")).add("iatiTransactionType", source("iatiTransactionType"))))
        .add("flow", dimension("fact", "flow", Json.createObjectBuilder().add("flow", source("flow"))));
    return Json.createObjectBuilder()
        .add("profile", "fiscal-data-package")
        .add("name", name)
        .add("title", "Funding of the mission \"" + missionTitle + "\"")
        .add("created", now.truncatedTo(ChronoUnit.SECONDS).toString())
        .add("resources", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("name", "flows")
            .add("path", CSV)
            .add("profile", "tabular-data-resource")
            .add("format", "csv")
            .add("mediatype", "text/csv")
            .add("encoding", "utf-8-sig")
            .add("schema", Json.createObjectBuilder().add("fields", fields).add("primaryKey", "flow"))))
        .add("model", Json.createObjectBuilder()
            .add("measures", Json.createObjectBuilder().add("amount", Json.createObjectBuilder().add("source", "amountInMissionCurrency").add("currency", currency)))
            .add("dimensions", dimensions))
        .build();
  }

  private static JsonObjectBuilder field(String column) {
    JsonObjectBuilder field = Json.createObjectBuilder().add("name", column);
    switch (column) {
      case "date", "expires" -> field.add("type", "date");
      case "amount", "amountInMissionCurrency" -> field.add("type", "number").add("decimalChar", ".");
      case "conditional", "confidential" -> field.add("type", "boolean");
      default -> field.add("type", "string");
    }
    if (column.equals("amount")) {
      field.add("description", "Exact amount in the flow's own currency (the currency column)");
    } else if (column.equals("amountInMissionCurrency")) {
      field.add("description", "The amount in the mission's currency at the rate in force on the flow's date, rounded half to even; empty without a rate");
    } else if (column.equals("confidential")) {
      field.add("description", "An amount its organisation keeps confidential: empty for those who may not see it, counted in the totals all the same");
    } else if (column.equals("stage")) {
      field.add("constraints", Json.createObjectBuilder().add("enum", Json.createArrayBuilder().add("PLEDGE").add("COMMITMENT").add("DISBURSEMENT").add("EXPENDITURE")));
    }
    return field;
  }

  private static JsonObjectBuilder dimension(String type, String primaryKey, JsonObjectBuilder attributes) {
    return Json.createObjectBuilder().add("dimensionType", type).add("primaryKey", primaryKey).add("attributes", attributes);
  }

  private static JsonObjectBuilder source(String column) {
    return Json.createObjectBuilder().add("source", column);
  }

  /** The ZIP stream for one entry: the writers close what they are given, which must not close the ZIP. */
  private static OutputStream unclosed(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}

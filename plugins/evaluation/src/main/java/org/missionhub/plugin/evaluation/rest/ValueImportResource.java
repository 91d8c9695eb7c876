package org.missionhub.plugin.evaluation.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.plugin.evaluation.service.EvaluationContext;
import org.missionhub.plugin.evaluation.service.ValueImport;
import org.missionhub.plugin.evaluation.service.ValueImportReport;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ImportProblems;

/**
 * {@code POST .../evaluation/import/values}: a CSV file in the export's columns as the body. With
 * {@code dryRun=true} the answer is the report (what would be added, corrected, left as it is, and every
 * problem by row and column) and nothing changes; without, either every value is imported (200 with the
 * report) or none is (400 naming each field {@code rows[n].column}). {@code replace=true} corrects values
 * reported already that the file gives differently.
 */
public class ValueImportResource {

  private final ValueImport imports;

  public ValueImportResource(MissionScope scope, EvaluationContext context) {
    this.imports = new ValueImport(scope, context);
  }

  @POST
  @Path("values")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public ValueImportDto importValues(@QueryParam("dryRun") boolean dryRun, @QueryParam("replace") boolean replace, InputStream file) {
    ValueImportReport report = imports.run(CsvSheet.read(file), dryRun, replace);
    if (!dryRun && !report.ok()) {
      throw ImportProblems.refusal(report.problems());
    }
    return ValueImportDto.of(report);
  }

  /** What an import found or did. */
  public record ValueImportDto(boolean dryRun, boolean replace, boolean ok, int rows, int added, int corrected, int unchanged, int skipped, List<ImportProblem> problems) {

    static ValueImportDto of(ValueImportReport r) {
      return new ValueImportDto(r.dryRun(), r.replace(), r.ok(), r.rows(), r.added(), r.corrected(), r.unchanged(), r.skipped(), r.problems());
    }
  }
}

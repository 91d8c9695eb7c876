package org.missionhub.plugin.roadmap.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ImportProblems;
import org.missionhub.plugin.roadmap.imports.ImportReport;
import org.missionhub.plugin.roadmap.service.RoadmapContext;
import org.missionhub.plugin.roadmap.service.RoadmapImport;

/**
 * {@code POST .../roadmap/import/initiatives} and {@code .../import/milestones}: a CSV file in the export's
 * columns as the body. With {@code dryRun=true} the answer is the report of every problem (row, column,
 * why) and nothing is added; without, either every row is added (200 with the report) or none is (400 with a
 * problem naming each field {@code rows[n].column}).
 */
public class RoadmapImportResource {

  private final RoadmapImport imports;

  public RoadmapImportResource(MissionScope scope, RoadmapContext context) {
    this.imports = new RoadmapImport(scope, context);
  }

  @POST
  @Path("{kind}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public ImportReportDto importFile(@PathParam("kind") String kind, @QueryParam("dryRun") boolean dryRun, InputStream file) {
    RoadmapImport.Kind what = switch (kind.toLowerCase(Locale.ROOT)) {
      case "initiatives" -> RoadmapImport.Kind.INITIATIVES;
      case "milestones" -> RoadmapImport.Kind.MILESTONES;
      default -> throw PluginProblem.notFound("Import");
    };
    ImportReport report = imports.run(what, CsvSheet.read(file), dryRun);
    if (!dryRun && !report.ok()) {
      throw ImportProblems.refusal(report.problems());
    }
    return ImportReportDto.of(report);
  }

  /** What an import found or did. */
  public record ImportReportDto(String kind, boolean dryRun, boolean ok, int rows, int imported, List<ImportProblem> problems) {

    static ImportReportDto of(ImportReport report) {
      return new ImportReportDto(report.kind(), report.dryRun(), report.ok(), report.rows(), report.imported(), report.problems());
    }
  }
}

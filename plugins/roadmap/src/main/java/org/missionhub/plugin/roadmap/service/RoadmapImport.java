package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ImportProblems;
import org.missionhub.plugin.roadmap.imports.ImportReport;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * Importing initiatives or milestones from a CSV file in the export's columns: every row is read and checked
 * by the same rules as the forms, and either every row is added, in one transaction, or none is and the
 * report names each problem by row and column. A dry run only reports. Adding the same item twice is a
 * problem (same title; for a milestone, same initiative, title and date), so importing a file again adds
 * nothing.
 */
public final class RoadmapImport {

  public enum Kind {
    INITIATIVES,
    MILESTONES
  }

  private final MissionScope scope;
  private final RoadmapContext context;
  private final PortfolioReader reader = new PortfolioReader();
  private final RoadmapWriter writer = new RoadmapWriter();
  private final Access access;

  public RoadmapImport(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public ImportReport run(Kind kind, CsvSheet sheet, boolean dryRun) {
    if (!access.manages()) {
      // implementers import for their own organisation; observers and participants not at all (403)
      scope.require(Access.EDIT_OWN);
    }
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      MissionMembers members = new MissionMembers(scope);
      OffsetDateTime now = OffsetDateTime.now(context.clock());
      List<ImportProblem> problems = new ArrayList<>();
      List<Initiative> initiatives = new ArrayList<>();
      List<Milestone> milestones = new ArrayList<>();
      if (kind == Kind.INITIATIVES) {
        problems.addAll(ImportProblems.header(sheet.columns(), InitiativeRows.COLUMNS, Set.of("title", "type")));
        if (problems.isEmpty()) {
          InitiativeRows rows = new InitiativeRows(portfolio, members, access, mission(), writer(), now);
          for (CsvSheet.Row row : sheet.rows()) {
            rows.read(row).ifPresent(initiatives::add);
          }
          problems.addAll(rows.problems());
        }
      } else {
        problems.addAll(ImportProblems.header(sheet.columns(), MilestoneRows.COLUMNS, Set.of("title", "due")));
        if (problems.isEmpty()) {
          MilestoneRows rows = new MilestoneRows(portfolio, members, access, mission(), writer());
          for (CsvSheet.Row row : sheet.rows()) {
            rows.read(row).ifPresent(milestones::add);
          }
          problems.addAll(rows.problems());
        }
      }
      if (problems.isEmpty() && sheet.rows().isEmpty()) {
        problems.add(new ImportProblem(2, "", "the file has no rows below its header"));
      }
      ImportReport report = new ImportReport(kind.name().toLowerCase(Locale.ROOT), dryRun, sheet.rows().size(), problems.isEmpty() ? sheet.rows().size() : 0, problems);
      if (dryRun || !report.ok()) {
        return report;
      }
      for (Initiative initiative : initiatives) {
        writer.insert(c, writer(), initiative, now);
        writer.ragChanged(c, writer(), initiative, scope.caller().subject(), scope.caller().displayName(), now);
        scope.audit(AuditRecord.created("initiative", initiative.id(), Map.of("title", initiative.title(), "source", "csv import")));
      }
      for (Milestone milestone : milestones) {
        writer.insert(c, writer(), milestone, now);
        scope.audit(AuditRecord.created("milestone", milestone.id(), Map.of("title", milestone.title(), "source", "csv import")));
      }
      return report;
    });
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }
}

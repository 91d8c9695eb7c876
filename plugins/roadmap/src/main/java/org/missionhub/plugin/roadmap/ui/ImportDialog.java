package org.missionhub.plugin.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ui.ImportViews;
import org.missionhub.plugin.roadmap.imports.ImportReport;
import org.missionhub.plugin.roadmap.service.RoadmapImport;

/**
 * Imports initiatives or milestones from a CSV file: the file is checked first (a dry run listing every
 * problem by row and column) and can be added only when it has none; then every row is added, or none.
 */
final class ImportDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final RoadmapImport imports;
  private final Runnable imported;
  private final RadioButtonGroup<RoadmapImport.Kind> kind = new RadioButtonGroup<>();
  private final Span verdict = new Span();
  private final Grid<ImportProblem> problems;
  private final Button add = new Button();
  // the file last uploaded, set and read under the session's lock
  private byte[] file;

  ImportDialog(RoadmapImport imports, Runnable imported) {
    this.imports = imports;
    this.imported = imported;
    setId("roadmap-import-dialog");
    setHeaderTitle(getTranslation("roadmap.import.title"));
    setWidth("min(90vw, 820px)");
    kind.setId("roadmap-import-kind");
    kind.setLabel(getTranslation("roadmap.import.kind"));
    kind.setItems(RoadmapImport.Kind.values());
    kind.setItemLabelGenerator(k -> getTranslation("roadmap.import.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
    kind.setValue(RoadmapImport.Kind.INITIATIVES);
    kind.addValueChangeListener(change -> check());
    Upload upload = ImportViews.csvUpload("roadmap-import-upload", getTranslation("roadmap.import.choose"), getTranslation("roadmap.import.drop"), bytes -> {
      file = bytes;
      check();
    });
    verdict.setId("roadmap-import-verdict");
    problems = ImportViews.problems("roadmap-import-problems", getTranslation("roadmap.import.row"), getTranslation("roadmap.import.column"),
        getTranslation("roadmap.import.problem"));
    add(new Paragraph(getTranslation("roadmap.import.help")), kind, upload, verdict, problems);
    add.setText(getTranslation("roadmap.import.add"));
    add.setId("roadmap-import-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setEnabled(false);
    add.addClickListener(click -> importFile());
    getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()), add);
  }

  /** The dry run: what would be added, or every problem. */
  private void check() {
    ImportReport report = run(true);
    add.setEnabled(report != null && report.ok());
    if (report == null) {
      return;
    }
    verdict.setText(report.ok()
        ? getTranslation("roadmap.import.ready", report.imported())
        : getTranslation("roadmap.import.problems", report.problems().size()));
    problems.setItems(report.problems());
    problems.setVisible(!report.ok());
  }

  private void importFile() {
    ImportReport report = run(false);
    if (report == null) {
      add.setEnabled(false);
      return;
    }
    close();
    Notification.show(getTranslation("roadmap.import.done", report.imported()), 5000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    imported.run();
  }

  /** The report, or null when the file is not a table at all or the import was refused (shown as a notice). */
  private ImportReport run(boolean dryRun) {
    if (file == null) {
      return null;
    }
    try {
      ImportReport report = imports.run(kind.getValue(), CsvSheet.read(new ByteArrayInputStream(file)), dryRun);
      if (!dryRun && !report.ok()) {
        // the roadmap changed since the check: show the new problems
        problems.setItems(report.problems());
        problems.setVisible(true);
        return null;
      }
      return report;
    } catch (PluginProblem problem) {
      verdict.setText(problem.getMessage());
      problems.setVisible(false);
      return null;
    }
  }
}

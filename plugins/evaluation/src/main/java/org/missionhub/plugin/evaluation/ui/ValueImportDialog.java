package org.missionhub.plugin.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.service.ValueImport;
import org.missionhub.plugin.evaluation.service.ValueImportReport;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;
import org.missionhub.plugin.support.imports.ui.ImportViews;

/**
 * Imports reported values from a CSV file in the export's columns: the file is checked first (a dry run
 * saying what would be added, corrected or left, or listing every problem by row and column) and is
 * imported only when it has none; then every value is imported, or none.
 */
final class ValueImportDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient ValueImport imports;
  private final Runnable imported;
  private final Checkbox replace = new Checkbox();
  private final Span verdict = new Span();
  private final Grid<ImportProblem> problems;
  private final Button apply = new Button();
  // the file last uploaded, set and read under the session's lock
  private byte[] file;

  ValueImportDialog(ValueImport imports, Runnable imported) {
    this.imports = imports;
    this.imported = imported;
    setId("evaluation-import-dialog");
    setHeaderTitle(getTranslation("evaluation.import.title"));
    setWidth("min(90vw, 820px)");
    replace.setId("evaluation-import-replace");
    replace.setLabel(getTranslation("evaluation.import.replace"));
    replace.addValueChangeListener(change -> check());
    Upload upload = ImportViews.csvUpload("evaluation-import-upload", getTranslation("evaluation.import.choose"), getTranslation("evaluation.import.drop"), bytes -> {
      file = bytes;
      check();
    });
    verdict.setId("evaluation-import-verdict");
    problems = ImportViews.problems("evaluation-import-problems", getTranslation("evaluation.import.row"), getTranslation("evaluation.import.column"),
        getTranslation("evaluation.import.problem"));
    add(new Paragraph(getTranslation("evaluation.import.help")), upload, replace, verdict, problems);
    apply.setText(getTranslation("evaluation.import.apply"));
    apply.setId("evaluation-import-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setEnabled(false);
    apply.addClickListener(click -> importFile());
    getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), apply);
  }

  /** The dry run: what would change, or every problem. */
  private void check() {
    ValueImportReport report = run(true);
    apply.setEnabled(report != null && report.ok() && report.changes() > 0);
    if (report == null) {
      return;
    }
    verdict.setText(report.ok()
        ? getTranslation("evaluation.import.ready", report.added(), report.corrected(), report.unchanged(), report.skipped())
        : getTranslation("evaluation.import.problems", report.problems().size()));
    problems.setItems(report.problems());
    problems.setVisible(!report.ok());
  }

  private void importFile() {
    ValueImportReport report = run(false);
    if (report == null) {
      apply.setEnabled(false);
      return;
    }
    close();
    Notification.show(getTranslation("evaluation.import.done", report.added(), report.corrected()), 5000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    imported.run();
  }

  /** The report, or null when the file is not a table, the import was refused, or values changed since the check (shown). */
  private ValueImportReport run(boolean dryRun) {
    if (file == null) {
      return null;
    }
    try {
      ValueImportReport report = imports.run(CsvSheet.read(new ByteArrayInputStream(file)), dryRun, replace.getValue());
      if (!dryRun && !report.ok()) {
        // values changed since the check: show the new problems
        verdict.setText(getTranslation("evaluation.import.problems", report.problems().size()));
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

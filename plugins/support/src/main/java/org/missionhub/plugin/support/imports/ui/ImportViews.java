package org.missionhub.plugin.support.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.missionhub.plugin.support.imports.CsvSheet;
import org.missionhub.plugin.support.imports.ImportProblem;

/**
 * The parts every import dialog has: the upload of one CSV file within the import's bounds, and the list of
 * problems by row and column. Texts are the calling plugin's, in the reader's language.
 */
public final class ImportViews {

  private ImportViews() {}

  /**
   * An upload of one CSV file of at most {@link CsvSheet#MAX_BYTES}: {@code received} gets its bytes under
   * the session's lock (the upload handler may run outside it, so the work is handed to the UI, and the
   * browser's "upload done" round trip brings its result).
   */
  public static Upload csvUpload(String id, String chooseText, String dropText, Consumer<byte[]> received) {
    return upload(id, chooseText, dropText, received, ".csv", "text/csv", "text/plain");
  }

  /** An upload of one file of the types given, of at most the platform's bound on a request body (1 MiB), as {@link #csvUpload}. */
  public static Upload upload(String id, String chooseText, String dropText, Consumer<byte[]> received, String... types) {
    UI ui = UI.getCurrent();
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received.accept(bytes))));
    upload.setId(id);
    upload.setMaxFiles(1);
    upload.setMaxFileSize(CsvSheet.MAX_BYTES);
    upload.setAcceptedFileTypes(types);
    upload.setUploadButton(new Button(chooseText));
    upload.setDropLabel(new Span(dropText));
    upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage(), 6000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR));
    return upload;
  }

  /** The problems of a file, one per row: row, column, what is wrong; hidden until there are some. */
  public static Grid<ImportProblem> problems(String id, String rowHeader, String columnHeader, String problemHeader) {
    Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    problems.setId(id);
    problems.addColumn(ImportProblem::row).setHeader(rowHeader).setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(ImportProblem::column).setHeader(columnHeader).setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(ImportProblem::message).setHeader(problemHeader).setFlexGrow(1);
    problems.setAllRowsVisible(true);
    problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    problems.setVisible(false);
    return problems;
  }
}

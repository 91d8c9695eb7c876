package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.ui.ImportViews;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.xlsform.XlsFormException;
import org.missionhub.plugin.survey.xlsform.XlsFormProblem;
import org.missionhub.plugin.survey.xlsform.XlsFormReader;

/**
 * An XLSForm brought in from ODK or KoboToolbox: the file is read as soon as it arrives, and the dialog shows either
 * every problem against the sheet (sheet, row, column, what to change; nothing imported) or what the import will
 * leave out or rename; "Import as a draft" then creates version 1 of the instrument.
 */
public final class XlsFormImportDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient InstrumentService instruments;
  private final String by;
  private final transient Runnable imported;
  /** In the form builder: the sheet replaces the draft being edited instead of starting a new instrument. */
  private final transient java.util.function.Consumer<org.missionhub.plugin.survey.instrument.Instrument> replacing;
  private final TextField code = new TextField();
  private final Paragraph verdict = new Paragraph();
  private final Grid<XlsFormProblem> problems = grid("xlsform-problems");
  private final Grid<XlsFormProblem> notes = grid("xlsform-notes");
  private final Button apply = new Button();
  private byte[] file;

  XlsFormImportDialog(InstrumentService instruments, String by, Runnable imported) {
    this(instruments, by, imported, null, null);
  }

  /** The form builder's "Replace from an XLSForm": read with the draft's code, handed to {@code replace}, nothing saved yet. */
  public static XlsFormImportDialog replacing(String code, java.util.function.Consumer<org.missionhub.plugin.survey.instrument.Instrument> replace) {
    return new XlsFormImportDialog(null, null, () -> {}, code, replace);
  }

  private XlsFormImportDialog(InstrumentService instruments, String by, Runnable imported, String fixedCode,
      java.util.function.Consumer<org.missionhub.plugin.survey.instrument.Instrument> replacing) {
    this.instruments = instruments;
    this.by = by;
    this.imported = imported;
    this.replacing = replacing;
    setId("xlsform-dialog");
    setHeaderTitle(getTranslation("survey.xlsform.title"));
    setWidth("min(95vw, 960px)");
    code.setId("xlsform-code");
    code.setLabel(getTranslation("survey.xlsform.code"));
    code.setHelperText(getTranslation("survey.xlsform.codeHelp"));
    // every keystroke: a file dropped right after typing is read with the code as typed
    code.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
    code.addValueChangeListener(change -> check());
    verdict.setId("xlsform-verdict");
    var upload = ImportViews.upload("xlsform-upload", getTranslation("survey.xlsform.choose"), getTranslation("survey.xlsform.drop"), bytes -> {
      file = bytes;
      check();
    }, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // the file is read at once: the upload is ready for the corrected sheet (and not greyed out as full)
    upload.addAllFinishedListener(finished -> upload.clearFileList());
    add(new Paragraph(getTranslation("survey.xlsform.help")), code, upload, verdict, problems, notes);
    apply.setText(getTranslation(replacing == null ? "survey.xlsform.apply" : "survey.xlsform.replace"));
    if (fixedCode != null) {
      code.setValue(fixedCode);
      code.setReadOnly(true);
      code.setHelperText(null);
    }
    apply.setId("xlsform-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setEnabled(false);
    apply.addClickListener(click -> importForm());
    Button cancel = new Button(getTranslation("survey.cancel"), click -> close());
    cancel.setId("xlsform-cancel");
    getFooter().add(cancel, apply);
  }

  /** The dry read: every problem, or the notes of an import that would succeed. */
  private void check() {
    if (file == null) {
      return;
    }
    try {
      XlsFormReader.Imported read = XlsFormReader.imported(new ByteArrayInputStream(file), code.getValue().strip());
      verdict.setText(getTranslation("survey.xlsform.ready", read.instrument().code(), read.instrument().questions().size(), read.instrument().sections().size(),
          read.notes().size()));
      show(List.of(), read.notes());
      apply.setEnabled(true);
    } catch (XlsFormException refused) {
      verdict.setText(getTranslation("survey.xlsform.refused", refused.problems().size()));
      show(refused.problems(), List.of());
      apply.setEnabled(false);
    }
  }

  private void importForm() {
    try {
      if (replacing != null) {
        replacing.accept(XlsFormReader.read(new ByteArrayInputStream(file), code.getValue().strip()));
        close();
        return;
      }
      instruments.firstVersion(XlsFormReader.read(new ByteArrayInputStream(file), code.getValue().strip()), by);
      close();
      imported.run();
    } catch (XlsFormException refused) {
      check();
    } catch (PluginProblem problem) {
      code.setErrorMessage(problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message());
      code.setInvalid(true);
    }
  }

  private void show(List<XlsFormProblem> found, List<XlsFormProblem> noted) {
    code.setInvalid(false);
    problems.setItems(found);
    problems.setVisible(!found.isEmpty());
    notes.setItems(noted);
    notes.setVisible(!noted.isEmpty());
  }

  private Grid<XlsFormProblem> grid(String id) {
    Grid<XlsFormProblem> grid = new Grid<>(XlsFormProblem.class, false);
    grid.setId(id);
    grid.addColumn(XlsFormProblem::sheet).setHeader(getTranslation("survey.xlsform.sheet")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(p -> p.row() > 0 ? Integer.toString(p.row()) : "").setHeader(getTranslation("survey.xlsform.row")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("survey.xlsform.column")).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(XlsFormProblem::message).setHeader(getTranslation(id.equals("xlsform-problems") ? "survey.xlsform.problem" : "survey.xlsform.note")).setFlexGrow(1);
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setVisible(false);
    return grid;
  }
}

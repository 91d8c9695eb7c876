package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.support.imports.ui.ImportViews;
import org.missionhub.plugin.survey.campaign.CampaignForm;
import org.missionhub.plugin.survey.campaign.CampaignRules;
import org.missionhub.plugin.survey.importing.ResponseFile;
import org.missionhub.plugin.survey.service.ResponseImports;
import org.missionhub.plugin.survey.version.InstrumentVersion;

/**
 * Past responses brought in from KoboToolbox, LimeSurvey or another MissionHub: the file is checked as soon as it
 * arrives (and again when a field changes), showing how each column is read and every problem (row, column,
 * why); "Import" creates the closed campaign only when there is none.
 */
final class ResponseImportDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final transient ResponseImports imports;
  private final transient PlatformScope scope;
  private final transient Runnable imported;
  private final TextField title = new TextField();
  private final Select<InstrumentVersion> instrument = new Select<>();
  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final IntegerField minimum = new IntegerField();
  private final Paragraph verdict = new Paragraph();
  private final Grid<ResponseFile.Problem> problems = new Grid<>();
  private final Grid<ResponseFile.ColumnReport> columns = new Grid<>();
  private final Button apply = new Button();
  private byte[] file;
  private String fileName;

  ResponseImportDialog(ResponseImports imports, List<InstrumentVersion> published, PlatformScope scope, Runnable imported) {
    this.imports = imports;
    this.scope = scope;
    this.imported = imported;
    setId("import-dialog");
    setHeaderTitle(getTranslation("survey.import.title"));
    setWidth("min(95vw, 960px)");
    title.setLabel(getTranslation("survey.title"));
    title.setId("import-title");
    instrument.setLabel(getTranslation("survey.import.instrument"));
    instrument.setId("import-instrument");
    instrument.setItems(published);
    instrument.setItemLabelGenerator(v -> v.definition().title().in(getLocale()) + " · " + v.code() + " v" + v.number());
    from.setLabel(getTranslation("survey.import.from"));
    from.setId("import-from");
    to.setLabel(getTranslation("survey.import.to"));
    to.setId("import-to");
    minimum.setLabel(getTranslation("survey.import.minimum"));
    minimum.setId("import-minimum");
    minimum.setValue(CampaignRules.DEFAULT_MINIMUM_CELL_SIZE);
    FormLayout fields = new FormLayout(title, instrument, from, to, minimum);
    verdict.setId("import-verdict");
    var upload = ImportViews.upload("import-upload", getTranslation("survey.import.choose"), getTranslation("survey.import.drop"), bytes -> {
      file = bytes;
      fileName = fileName == null ? "responses" : fileName;
      check();
    }, ".csv", "text/csv", "text/plain", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    upload.addSucceededListener(done -> fileName = done.getFileName());
    upload.addAllFinishedListener(finished -> upload.clearFileList());
    problems.setId("import-problems");
    problems.addColumn(p -> p.row() > 0 ? Long.toString(p.row()) : "").setHeader(getTranslation("survey.xlsform.row")).setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("survey.xlsform.column")).setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(ResponseFile.Problem::message).setHeader(getTranslation("survey.xlsform.problem")).setFlexGrow(1);
    columns.setId("import-columns");
    columns.addColumn(ResponseFile.ColumnReport::column).setHeader(getTranslation("survey.xlsform.column")).setAutoWidth(true).setFlexGrow(0);
    columns.addColumn(c -> getTranslation("survey.import.readAs." + c.readAs())).setHeader(getTranslation("survey.import.readAs")).setAutoWidth(true).setFlexGrow(0);
    columns.addColumn(c -> c.key() != null ? c.key() : c.note()).setHeader(getTranslation("survey.xlsform.note")).setFlexGrow(1);
    for (Grid<?> grid : List.of(problems, columns)) {
      grid.setAllRowsVisible(true);
      grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
      grid.setVisible(false);
    }
    title.addValueChangeListener(change -> check());
    instrument.addValueChangeListener(change -> check());
    from.addValueChangeListener(change -> check());
    to.addValueChangeListener(change -> check());
    minimum.addValueChangeListener(change -> check());
    add(new Paragraph(getTranslation("survey.import.help")), fields, upload, verdict, problems, columns);
    apply.setText(getTranslation("survey.import.apply"));
    apply.setId("import-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setEnabled(false);
    apply.addClickListener(click -> run(false));
    Button cancel = new Button(getTranslation("survey.cancel"), click -> close());
    cancel.setId("import-cancel");
    getFooter().add(cancel, apply);
  }

  /** The dry run: how each column is read and every problem; Import only when there is none. */
  private void check() {
    if (file != null) {
      run(true);
    }
  }

  private void run(boolean dryRun) {
    InstrumentVersion version = instrument.getValue();
    ResponseImports.ImportForm form = new ResponseImports.ImportForm(
        title.getValue(), null, version == null ? null : new CampaignForm.InstrumentRef(version.code(), version.number(), null),
        from.getValue() == null ? null : from.getValue().toString(), to.getValue() == null ? null : to.getValue().toString(), minimum.getValue(), fileName,
        workbook() ? null : new String(file, StandardCharsets.UTF_8), Map.of(), dryRun, workbook() ? java.util.Base64.getEncoder().encodeToString(file) : null);
    clearErrors();
    try {
      ResponseImports.ImportResult result = imports.run(form, scope);
      if (!dryRun) {
        close();
        Problems.notify(getTranslation("survey.import.done", result.imported()), false);
        imported.run();
        return;
      }
      boolean clean = result.problems().isEmpty();
      verdict.setText(clean ? getTranslation("survey.import.ready", result.rows()) : getTranslation("survey.import.refused", result.problems().size(), result.rows()));
      problems.setItems(result.problems());
      problems.setVisible(!clean);
      columns.setItems(result.columns());
      columns.setVisible(true);
      apply.setEnabled(clean);
    } catch (PluginProblem problem) {
      apply.setEnabled(false);
      for (PluginProblem.FieldError error : problem.fields()) {
        switch (error.field()) {
          case "title" -> invalid(title, error.message());
          case "collectedFrom" -> invalid(from, error.message());
          case "collectedTo" -> invalid(to, error.message());
          case "minimumCellSize" -> invalid(minimum, error.message());
          case "instrument", "instrument.version" -> {
            instrument.setErrorMessage(error.message());
            instrument.setInvalid(true);
          }
          default -> verdict.setText(error.field() + ": " + error.message());
        }
      }
    }
  }

  /** An .xlsx workbook is a zip archive: it starts with "PK". */
  private boolean workbook() {
    return file.length > 1 && file[0] == 'P' && file[1] == 'K';
  }

  private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  private void clearErrors() {
    title.setInvalid(false);
    from.setInvalid(false);
    to.setInvalid(false);
    minimum.setInvalid(false);
    instrument.setInvalid(false);
    verdict.setText("");
  }
}

package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.service.InstrumentService;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;
import org.missionhub.plugin.survey.ui.builder.FormBuilderDialog;
import org.missionhub.plugin.survey.version.InstrumentVersion;
import org.missionhub.plugin.survey.xlsform.XlsFormWriter;

/**
 * One owner's instruments, the analysts' on their page or an organisation's own in a mission's Surveys tab:
 * start one (the built-in template's copy, a blank form, an XLSForm), edit a draft in the form builder,
 * publish it, start the next version, download any as an XLSForm.
 */
final class InstrumentsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient InstrumentService instruments;
  private final String by;
  private final transient Runnable changed;
  private final Grid<InstrumentVersion> grid = new Grid<>();

  /** {@code by}: the subject of the person at work; {@code changed}: told after every write. */
  InstrumentsPanel(InstrumentService instruments, String by, Runnable changed) {
    this.instruments = instruments;
    this.by = by;
    this.changed = changed;
    setPadding(false);
    grid.setId("instruments-grid");
    grid.addColumn(InstrumentVersion::code).setHeader(Words.in("survey.code", getLocale())).setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(v -> v.definition().title().in(getLocale())).setHeader(Words.in("survey.title", getLocale())).setFlexGrow(3);
    grid.addColumn(InstrumentVersion::number).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(v -> Words.in(v.isDraft() ? "survey.own.draft" : "survey.own.published", getLocale())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
    // the actions side by side in one column wide enough for them (a hidden one takes no room)
    grid.addComponentColumn(v -> {
      HorizontalLayout actions = new HorizontalLayout(editButton(v), publishButton(v), xlsformDownload(v));
      actions.setAlignItems(Alignment.BASELINE);
      return actions;
    }).setAutoWidth(true).setFlexGrow(0);
    grid.setAllRowsVisible(true);
    add(tools(), grid);
    refresh();
  }

  void refresh() {
    grid.setItems(instruments.latest());
    // the widths follow the rows now shown ("Published" is wider than "Draft")
    grid.recalculateColumnWidths();
  }

  private HorizontalLayout tools() {
    TextField code = new TextField(Words.in("survey.codeOfTheCopy", getLocale()));
    code.setId("instrument-code");
    code.setWidth("20em");
    Button copy = new Button(Words.in("survey.copyTheNeedsAssessment", getLocale()), click -> started(code, () -> instruments.fromTemplate(code.getValue().strip(), NeedsAssessmentTemplate.CODE, by)));
    copy.setId("instrument-copy-template");
    Button blank = new Button(Words.in("survey.builder.newForm", getLocale()), click -> started(code, () -> {
      InstrumentVersion first = instruments.firstVersion(FormDraft.blank(code.getValue().strip(),
          Words.all("survey.builder.blankTitle"), Words.all("survey.builder.blankDescription"), Words.all("survey.builder.newSection"), Words.all("survey.builder.newQuestion")), by);
      openBuilder(first);
      return first;
    }));
    blank.setId("instrument-new-form");
    Button xlsform = new Button(Words.in("survey.xlsform.open", getLocale()), click -> new XlsFormImportDialog(instruments, by, this::written).open());
    xlsform.setId("instrument-import-xlsform");
    HorizontalLayout tools = new HorizontalLayout(code, copy, blank, xlsform);
    tools.setWrap(true);
    tools.setAlignItems(Alignment.BASELINE);
    return tools;
  }

  /** A new instrument under the typed code; a refusal lands on the code field. */
  private void started(TextField code, java.util.function.Supplier<InstrumentVersion> start) {
    try {
      start.get();
      code.setInvalid(false);
      code.clear();
      written();
    } catch (PluginProblem problem) {
      code.setErrorMessage(problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message());
      code.setInvalid(true);
    }
  }

  /** The version as an XLSForm, for ODK, KoboToolbox or a spreadsheet, written when the link is followed. */
  private Anchor xlsformDownload(InstrumentVersion version) {
    String file = version.code() + "-v" + version.number() + ".xlsx";
    Anchor link = new Anchor(new StreamResource(file, () -> new ByteArrayInputStream(XlsFormWriter.write(version.definition()))), Words.in("survey.xlsform.download", getLocale()));
    link.getElement().setAttribute("download", true);
    link.getElement().setAttribute("aria-label", Words.in("survey.xlsform.download", getLocale()) + ": " + file);
    link.setId("instrument-xlsform-" + version.code());
    return link;
  }

  /** A draft opens in the form builder; a published version starts the next draft there. */
  private Button editButton(InstrumentVersion version) {
    Button edit = new Button(Words.in(version.isDraft() ? "survey.builder.edit" : "survey.builder.nextVersion", getLocale(), version.number() + 1), click -> {
      try {
        openBuilder(version.isDraft() ? instruments.version(version.code(), version.number()) : instruments.nextVersion(version.code(), by));
        written();
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
      }
    });
    edit.setId((version.isDraft() ? "instrument-edit-" : "instrument-next-") + version.code());
    return edit;
  }

  private void openBuilder(InstrumentVersion version) {
    new FormBuilderDialog(instruments, version, this::written).open();
  }

  private Button publishButton(InstrumentVersion version) {
    Button publish = new Button(Words.in("survey.publish", getLocale()), click -> {
      try {
        instruments.publish(version.code(), version.number(), version.revision());
        written();
      } catch (PluginProblem problem) {
        Problems.notify(problem.getMessage(), true);
      }
    });
    publish.setId("instrument-publish-" + version.code());
    publish.setVisible(version.isDraft());
    return publish;
  }

  private void written() {
    refresh();
    changed.run();
  }
}

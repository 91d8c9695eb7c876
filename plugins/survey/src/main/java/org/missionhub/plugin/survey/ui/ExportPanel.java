package org.missionhub.plugin.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.StreamResource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.export.Codebook;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.export.FileNames;
import org.missionhub.plugin.survey.instrument.Instrument;

/**
 * The analyst's exports of a campaign: the codebook at once, and the responses as CSV written in the
 * background to a temporary file while a progress bar shows how far it got (a million responses take a
 * while), then offered for download. The file goes when the page does.
 */
final class ExportPanel extends Div {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExportPanel.class.getName());

  private final transient CsvExport export;
  private final transient Campaign campaign;
  private final transient Instrument instrument;
  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();
  private final Div download = new Div();
  private transient Path file;

  ExportPanel(CsvExport export, Campaign campaign, Instrument instrument) {
    this.export = export;
    this.campaign = campaign;
    this.instrument = instrument;
    setId("campaign-export");
    Anchor codebook = new Anchor(new StreamResource(FileNames.codebookCsv(campaign.settings().title()), () -> {
      try {
        var out = new java.io.ByteArrayOutputStream();
        Codebook.of(instrument).writeCsv(out);
        return new java.io.ByteArrayInputStream(out.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), Words.in("survey.codebookCsv", getLocale()));
    codebook.getElement().setAttribute("download", true);
    codebook.setId("campaign-codebook");
    Button start = new Button(Words.in("survey.exportTheResponsesCsv", getLocale()), click -> start(click.getSource()));
    start.setId("campaign-export-start");
    progress.setVisible(false);
    progress.setId("campaign-export-progress");
    progressText.setId("campaign-export-progress-text");
    add(new HorizontalLayout(start, codebook), progress, progressText, download);
    addDetachListener(e -> deleteFile());
  }

  private void start(Button button) {
    UI ui = UI.getCurrent();
    long total = export.count(campaign.id());
    button.setEnabled(false);
    progress.setVisible(true);
    progress.setMin(0);
    progress.setMax(Math.max(1, total));
    progress.setValue(0);
    progressText.setText("0 / " + total);
    ui.setPollInterval(500);
    Thread worker = new Thread(() -> {
      try {
        deleteFile();
        Path written = Files.createTempFile("missionhub-export-", ".csv");
        try (OutputStream out = Files.newOutputStream(written)) {
          long rows = export.write(campaign.id(), instrument, out, done -> ui.access(() -> {
            progress.setValue(Math.min(done, progress.getMax()));
            progressText.setText(done + " / " + total);
          }));
          file = written;
          ui.access(() -> finished(button, rows));
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "The export of campaign " + campaign.id() + " failed", e);
        ui.access(() -> {
          Problems.notify(Words.in("survey.theExportFailedPlease", getLocale()), true);
          button.setEnabled(true);
          ui.setPollInterval(-1);
        });
      }
    }, "survey-export-" + campaign.id());
    worker.setDaemon(true);
    worker.start();
  }

  private void finished(Button button, long rows) {
    UI.getCurrent().setPollInterval(-1);
    button.setEnabled(true);
    progressText.setText(rows + " / " + rows);
    Path ready = file;
    Anchor link = new Anchor(new StreamResource(FileNames.responsesCsv(campaign.settings().title()), () -> {
      try {
        return Files.newInputStream(ready);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), Words.in("survey.downloadTheResponses", getLocale()) + " (" + rows + ")");
    link.getElement().setAttribute("download", true);
    link.setId("campaign-export-download");
    download.removeAll();
    download.add(link);
  }

  private void deleteFile() {
    Path old = file;
    file = null;
    if (old != null) {
      try {
        Files.deleteIfExists(old);
      } catch (IOException e) {
        LOG.fine(() -> "Could not delete " + old + ": " + e);
      }
    }
  }
}

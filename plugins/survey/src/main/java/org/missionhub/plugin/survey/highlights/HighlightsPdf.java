package org.missionhub.plugin.survey.highlights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.missionhub.plugin.survey.results.QuestionResult;

/**
 * Lays a highlights report out as an A4 PDF with PDFBox: a title page header, then chapter by chapter each
 * question's overall shares as horizontal bars drawn as vector rectangles, with the value printed beside
 * each bar (so the numbers survive printing in black and white and can be read out), page numbers at the
 * foot. The document carries its language and title for assistive technology.
 */
public final class HighlightsPdf {

  /** The report's fixed words in the reader's language; {@code page} has {0} for the page and {1} for the count. */
  public record Labels(String report, String respondents, String withheld, String tooFew, String mean, String median, String minimumCell, String notPublished, String page) {}

  private static final float MARGIN = 56;
  private static final float LABEL_WIDTH = 200;
  private static final float BAR_WIDTH = 170;
  private static final float GAP = 8;
  private static final float CHAPTER_START = 110;
  private static final float[] TRACK = {0.9f, 0.9f, 0.92f};
  private static final float[] FILL = {0.13f, 0.35f, 0.67f};

  private final Labels labels;
  private final Locale locale;

  public HighlightsPdf(Labels labels, Locale locale) {
    this.labels = Objects.requireNonNull(labels, "labels");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  public byte[] render(Highlights report) {
    try (PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(report.title() + " · " + labels.report());
      document.getDocumentInformation().setCreator("MissionHub");
      document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
      try (PdfWriter writer = new PdfWriter(document, MARGIN)) {
        write(report, writer);
      }
      PdfWriter.numberPages(document, MARGIN, labels.page(), report.title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The highlights report could not be laid out", e);
    }
  }

  private void write(Highlights report, PdfWriter pdf) throws IOException {
    pdf.heading(report.title(), 18);
    pdf.heading(labels.report(), 13);
    pdf.line(labels.respondents() + ": " + (report.respondents() == null ? labels.tooFew() : report.respondents())
        + " · " + labels.minimumCell() + ": " + report.minimumCellSize(), 9, false);
    if (!report.resultsPublished()) {
      pdf.line(labels.notPublished(), 9, true);
    }
    for (Highlights.Chapter chapter : report.chapters()) {
      pdf.space(14);
      pdf.keepTogether(CHAPTER_START); // a chapter's title never ends a page alone
      pdf.heading(chapter.title(), 14);
      for (QuestionResult question : chapter.questions()) {
        pdf.space(6);
        pdf.keepTogether(60);
        pdf.paragraph(question.label(), 10.5f, true, pdf.contentWidth());
        if (question.items().isEmpty()) {
          body(question, pdf);
        } else {
          for (QuestionResult item : question.items()) {
            pdf.keepTogether(40);
            pdf.paragraph(item.label(), 9.5f, false, pdf.contentWidth());
            body(item, pdf);
          }
        }
      }
    }
  }

  private void body(QuestionResult q, PdfWriter pdf) throws IOException {
    if (q.withheld() || q.respondents() == null || q.overall() == null || q.overall().rows().isEmpty()) {
      pdf.line(q.withheld() || q.respondents() == null ? labels.tooFew() : labels.respondents() + ": " + q.respondents(), 9, false);
      return;
    }
    QuestionResult.Row all = q.overall().rows().get(0);
    String respondents = labels.respondents() + ": " + q.respondents();
    if (q.categories().isEmpty()) {
      pdf.line(respondents + " · " + labels.mean() + ": " + number(all.mean(), 2) + " · " + labels.median() + ": " + number(all.median(), 2), 9, false);
      return;
    }
    pdf.line(respondents + (all.mean() == null ? "" : " · " + labels.mean() + ": " + number(all.mean(), 2) + " / " + q.categories().size()), 8.5f, false);
    for (int c = 0; c < q.categories().size(); c++) {
      QuestionResult.Cell cell = all.cells().get(c);
      String value = cell.withheld() ? labels.withheld() : number(cell.percentOfRespondents(), 1) + " % (" + cell.count() + ")";
      bar(pdf, q.categories().get(c).label(), cell.withheld() ? null : cell.percentOfRespondents(), value);
    }
  }

  private void bar(PdfWriter pdf, String label, Double percent, String value) throws IOException {
    List<String> lines = pdf.wrap(label, 9, false, LABEL_WIDTH);
    float height = Math.max(13, lines.size() * 11 + 2);
    pdf.ensure(height);
    float top = pdf.y();
    pdf.text(lines, MARGIN, top, 9, false);
    float x = MARGIN + LABEL_WIDTH + GAP;
    float barTop = top - 1;
    pdf.rectangle(x, barTop - 9, BAR_WIDTH, 9, TRACK);
    if (percent != null) {
      pdf.rectangle(x, barTop - 9, (float) (BAR_WIDTH * Math.max(0, Math.min(100, percent)) / 100), 9, FILL);
    }
    pdf.text(List.of(value), x + BAR_WIDTH + GAP, top, 9, false);
    pdf.advance(height);
  }

  private String number(Double value, int decimals) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  static PDRectangle pageSize() {
    return PDRectangle.A4;
  }

  static PDPage newPage() {
    return new PDPage(pageSize());
  }

  static PDPageContentStream append(PDDocument document, PDPage page) throws IOException {
    return new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
  }
}

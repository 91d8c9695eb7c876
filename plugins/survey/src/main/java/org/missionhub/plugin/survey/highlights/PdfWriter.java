package org.missionhub.plugin.survey.highlights;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-to-bottom cursor over A4 pages: wraps text to a width, starts a page when the next block does
 * not fit, draws filled rectangles. Written here rather than taken from a layout library because PDFBox
 * has none and the report needs only lines, wrapped paragraphs and bars.
 * The standard Helvetica needs no embedded font file; {@link ShowableText} keeps to what it can show.
 */
final class PdfWriter implements AutoCloseable {

  private static final float LEADING = 1.25f;

  private final PDDocument document;
  private final float margin;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final ShowableText showable = new ShowableText(regular, bold);
  private PDPageContentStream stream;
  private float y;

  PdfWriter(PDDocument document, float margin) throws IOException {
    this.document = document;
    this.margin = margin;
    newPage();
  }

  float y() {
    return y;
  }

  float contentWidth() {
    return HighlightsPdf.pageSize().getWidth() - 2 * margin;
  }

  void heading(String text, float size) throws IOException {
    keepTogether(size * 3);
    paragraph(text, size, true, contentWidth());
    advance(size * 0.3f);
  }

  void line(String text, float size, boolean strong) throws IOException {
    paragraph(text, size, strong, contentWidth());
  }

  void paragraph(String text, float size, boolean strong, float width) throws IOException {
    for (String line : wrap(text, size, strong, width)) {
      ensure(size * LEADING);
      text(List.of(line), margin, y, size, strong);
      advance(size * LEADING);
    }
  }

  /** Writes lines downwards from {@code top} (the first line's cap height below it). */
  void text(List<String> lines, float x, float top, float size, boolean strong) throws IOException {
    stream.beginText();
    stream.setFont(strong ? bold : regular, size);
    stream.newLineAtOffset(x, top - size);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        stream.newLineAtOffset(0, -size * LEADING);
      }
      stream.showText(showable.of(lines.get(i)));
    }
    stream.endText();
  }

  void rectangle(float x, float bottom, float width, float height, float[] rgb) throws IOException {
    stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    stream.addRect(x, bottom, width, height);
    stream.fill();
    stream.setNonStrokingColor(0f, 0f, 0f);
  }

  /** The text in lines no wider than {@code width}, in characters the font can show. */
  List<String> wrap(String text, float size, boolean strong, float width) throws IOException {
    PDType1Font font = strong ? bold : regular;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : showable.of(text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  void space(float points) throws IOException {
    if (y - points > margin) {
      advance(points);
    }
  }

  /** Starts a new page unless {@code height} more points fit on this one. */
  void keepTogether(float height) throws IOException {
    ensure(height);
  }

  void ensure(float height) throws IOException {
    if (y - height < margin + 14) {
      newPage();
    }
  }

  void advance(float height) {
    y -= height;
  }

  private void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = HighlightsPdf.newPage();
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - margin;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }

  /** "Page 1 of 3 · <title>" at the foot of every page, once all are laid out. */
  static void numberPages(PDDocument document, float margin, String pattern, String title) throws IOException {
    int count = document.getNumberOfPages();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream foot = HighlightsPdf.append(document, page)) {
        String text = new ShowableText(font).of(pattern.replace("{0}", Integer.toString(i + 1)).replace("{1}", Integer.toString(count)) + " · " + title);
        foot.beginText();
        foot.setFont(font, 8);
        foot.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        foot.newLineAtOffset(margin, margin / 2);
        foot.showText(text);
        foot.endText();
      }
    }
  }
}

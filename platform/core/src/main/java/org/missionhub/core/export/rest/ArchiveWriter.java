package org.missionhub.core.export.rest;

import jakarta.json.bind.Jsonb;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export archive as it is streamed to the client: a ZIP of JSON documents and CSV tables (RFC 4180,
 * UTF-8), each entry written completely before the next, so nothing is held in memory but one page. Keeps
 * the list of files with their item counts for the manifest, which is written last.
 */
final class ArchiveWriter {

  /** One file of the archive, for the manifest. */
  record ArchiveFile(String path, long items) {}

  private final ZipOutputStream zip;
  private final Jsonb jsonb;
  private final List<ArchiveFile> files = new ArrayList<>();

  ArchiveWriter(OutputStream out, Jsonb jsonb) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.jsonb = jsonb;
  }

  /** A JSON document; {@code items} is what the manifest counts for it (1 for an object, n for a list). */
  void json(String path, Object value, long items) {
    try {
      zip.putNextEntry(new ZipEntry(path));
      jsonb.toJson(value, new KeepOpen(zip));
      zip.closeEntry();
      files.add(new ArchiveFile(path, items));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV table with a header row; values through {@link CsvCells}. */
  void csv(String path, List<String> columns, Iterable<? extends List<?>> rows) {
    long count = 0;
    try {
      zip.putNextEntry(new ZipEntry(path));
      OutputStreamWriter text = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      for (List<?> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(path + ": a row has " + row.size() + " values for " + columns.size() + " columns");
        }
        csv.printRecord(row.stream().map(CsvCells::of).toList());
        count++;
      }
      csv.flush();
      zip.closeEntry();
      files.add(new ArchiveFile(path, count));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<ArchiveFile> files() {
    return List.copyOf(files);
  }

  void finish() {
    try {
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets JSON-B and the CSV printer close what they write to without closing the archive. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package org.missionhub.plugin.survey.bench;

import org.missionhub.plugin.survey.version.InstrumentOwner;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.missionhub.plugin.survey.export.CsvExport;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.template.NeedsAssessmentTemplate;

/**
 * Heap growth of the CSV export ({@code CsvExport}) of the whole benchmark campaign, to a stream that
 * counts and discards the bytes. Meant to run in a small heap ({@code -Xmx128m}): finishing at all shows
 * that the export does not hold the campaign in memory. Measured:
 *
 * <ul>
 *   <li>the live heap (used after a full GC) before the export, and sampled every second during it (a
 *       thread forces a full GC and reads the used heap): growth = the highest sample minus the baseline;
 *   <li>the highest heap use after any collection the JVM made on its own during the export (an upper
 *       bound: it includes garbage a young collection leaves in the old generation).
 * </ul>
 *
 * The growth includes loading the export's classes and, for H2, filling the database's page cache, which
 * lives in this heap too (H2 caps it at half the heap: 64 MB at 128 MB); further runs ({@code --runs 2})
 * show the export's own steady state. An export that has not finished after {@code --max-minutes}
 * (default 15) is reported with the rows written so far, and the program exits with status 3.
 *
 * <pre>java -Xmx128m ... ExportHeap --database h2|postgresql [--runs N] [--max-minutes M]</pre>
 */
public final class ExportHeap {

  private static final long MB = 1024 * 1024;
  private static final double GOAL_MB = 64;

  private ExportHeap() {}

  public static void main(String[] args) throws Exception {
    String database = "h2";
    int runs = 1;
    double maxMinutes = 15;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--database" -> database = args[++i];
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--max-minutes" -> maxMinutes = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("usage: ExportHeap --database h2|postgresql [--runs N] [--max-minutes M]");
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    BenchDatabase db = BenchDatabase.open(database);
    long responses = BenchData.completeResponses(db).orElseThrow(() -> new IllegalStateException("no benchmark campaign: run BenchData first"));
    Instrument instrument = new InstrumentStore(db).version(InstrumentOwner.PLATFORM, NeedsAssessmentTemplate.CODE, 1).orElseThrow().definition();
    for (int r = 1; r <= runs; r++) {
      Measured m = measure(db, instrument, (long) (maxMinutes * 60_000));
      String outcome =
          m.finished()
              ? String.format(Locale.ROOT, "%,d rows, %,d MB in %.1f s", m.rows(), m.bytes() / MB, m.seconds())
              : String.format(Locale.ROOT, "NOT FINISHED after %.0f s: %,d of %,d rows (%,d MB) written, %.0f rows/s", m.seconds(), m.rows(), responses,
                  m.bytes() / MB, m.rows() / m.seconds());
      System.out.printf(Locale.ROOT,
          "[bench] %s CSV export (run %d): %s; live heap %.1f MB before, at most %.1f MB during (%d samples): growth %.1f MB (goal < %.0f MB);"
              + " highest use after the JVM's own collections %.1f MB; -Xmx %d MB%n",
          database, r, outcome, m.baseline() / (double) MB, m.peakLive() / (double) MB, m.samples(), (m.peakLive() - m.baseline()) / (double) MB, GOAL_MB,
          m.peakAfterGc() / (double) MB, max / MB);
      if (!m.finished()) {
        System.exit(3); // the export is still running in the database: leave it to the connection's end
      }
      if (m.rows() != responses) {
        throw new IllegalStateException("the export wrote " + m.rows() + " rows, not " + responses);
      }
    }
    db.close();
  }

  private record Measured(boolean finished, long rows, long bytes, double seconds, long baseline, long peakLive, int samples, long peakAfterGc) {}

  private static Measured measure(BenchDatabase db, Instrument instrument, long maxMillis) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = liveHeap(memory);
    AtomicLong peakLive = new AtomicLong(baseline);
    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong written = new AtomicLong();
    int[] samples = {0};
    NotificationListener listener = (Notification n, Object handback) -> {
      if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
      }
    };
    List<NotificationEmitter> emitters = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    Thread sampler = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(1000);
          peakLive.accumulateAndGet(liveHeap(memory), Math::max);
          samples[0]++;
        }
      } catch (InterruptedException e) {
        // done
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    Counting out = new Counting();
    long started = System.nanoTime();
    sampler.start();
    CompletableFuture<Long> export = CompletableFuture.supplyAsync(() -> {
      try {
        return new CsvExport(db).write(BenchData.CAMPAIGN_ID, instrument, out, written::set);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, runnable -> {
      Thread thread = new Thread(runnable, "export");
      thread.setDaemon(true);
      thread.start();
    });
    boolean finished = true;
    long rows;
    try {
      rows = export.get(maxMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      finished = false;
      rows = written.get();
    } finally {
      sampler.interrupt();
      sampler.join();
      for (NotificationEmitter emitter : emitters) {
        emitter.removeNotificationListener(listener);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Measured(finished, rows, out.bytes, seconds, baseline, peakLive.get(), samples[0], peakAfterGc.get());
  }

  private static long liveHeap(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Counts and discards. */
  private static final class Counting extends OutputStream {
    volatile long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}

package org.missionhub.core.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rounds over work queued in the database for the servers sharing it (e-mails, webhook deliveries, events on their
 * way to plugins): one round at a time on this server, each taking the due items batch after batch and handing
 * them one by one to the work (which claims each, so that another server's round skips it). A round that fails is
 * logged; the next one tries again.
 */
public final class WorkRounds {

  private static final Logger LOG = Logger.getLogger(WorkRounds.class.getName());

  private final String what;
  private final int batch;
  private final Runnable before;
  private final IntFunction<List<String>> due;
  private final Consumer<String> work;
  private final AtomicBoolean running = new AtomicBoolean();

  /**
   * @param what the work's name in the log ("webhook deliveries")
   * @param before done first in every round (e-mail digests that fell due)
   * @param due at most so many due items' ids
   */
  public WorkRounds(String what, int batch, Runnable before, IntFunction<List<String>> due, Consumer<String> work) {
    this.what = what;
    this.batch = batch;
    this.before = before;
    this.due = due;
    this.work = work;
  }

  public WorkRounds(String what, int batch, IntFunction<List<String>> due, Consumer<String> work) {
    this(what, batch, () -> {}, due, work);
  }

  /** One round, unless this server is in one already (which then takes what is due). */
  public void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      before.run();
      List<String> ids;
      do {
        ids = due.apply(batch);
        ids.forEach(work);
      } while (ids.size() == batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A round of " + what + " failed; the next round tries again", e);
    } finally {
      running.set(false);
    }
  }
}

package org.missionhub.core.shared;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rounds over what other servers of a cluster wrote to a shared table in the last moments (a logout Keycloak sent
 * one of them, a change made through one of them), for things every server must do, not one: each round reads the
 * rows of the window, acts on those it has not acted on yet, and forgets the ones that left the window. Reading a
 * window instead of "after the last id" sees rows whose transaction committed late. Now and then a round deletes
 * rows too old to matter. A round that fails is logged; the next one reads the window again (a row whose action
 * failed is logged and left).
 *
 * @param <T> a row
 */
public final class RecentRows<T> {

  private static final Logger LOG = Logger.getLogger(RecentRows.class.getName());

  private final String what;
  private final Duration window;
  private final Duration forgetEvery;
  private final TimeSource time;
  private final Function<OffsetDateTime, List<T>> since;
  private final Function<T, String> id;
  private final Consumer<T> act;
  private final Runnable forgetOld;
  private final Set<String> handled = ConcurrentHashMap.newKeySet();
  private OffsetDateTime forgotten;

  /**
   * @param what the rows' name in the log ("back-channel logouts")
   * @param since the rows written since a moment, oldest first
   * @param forgetOld deletes the rows too old to matter, run every {@code forgetEvery}
   */
  public RecentRows(String what, Duration window, Duration forgetEvery, TimeSource time,
      Function<OffsetDateTime, List<T>> since, Function<T, String> id, Consumer<T> act, Runnable forgetOld) {
    this.what = what;
    this.window = window;
    this.forgetEvery = forgetEvery;
    this.time = time;
    this.since = since;
    this.id = id;
    this.act = act;
    this.forgetOld = forgetOld;
  }

  /** A row this server acted on already (it wrote it): rounds leave it alone. */
  public void handled(String rowId) {
    handled.add(rowId);
  }

  /** One round; one at a time on this server. */
  public synchronized void run() {
    try {
      OffsetDateTime now = time.now();
      Set<String> seen = new HashSet<>();
      for (T row : since.apply(now.minus(window))) {
        seen.add(id.apply(row));
        if (handled.add(id.apply(row))) {
          actOn(row);
        }
      }
      handled.retainAll(seen);
      if (forgotten == null || now.isAfter(forgotten.plus(forgetEvery))) {
        forgetOld.run();
        forgotten = now;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A round of " + what + " failed; the next round tries again", e);
    }
  }

  private void actOn(T row) {
    try {
      act.accept(row);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "One of the " + what + " could not be acted on; it is left", e);
    }
  }
}

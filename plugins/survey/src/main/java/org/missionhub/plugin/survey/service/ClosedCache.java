package org.missionhub.plugin.survey.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Results of closed campaigns, which never change: computed once, the least recently used dropped beyond a bound. */
final class ClosedCache<T> {

  private final Map<String, T> entries;

  ClosedCache(int bound) {
    entries = Collections.synchronizedMap(
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > bound;
          }
        });
  }

  /** The kept value, or a new one computed outside the lock (two requests may compute it at once; either is right). */
  T get(String key, Supplier<T> compute) {
    T kept = entries.get(key);
    if (kept == null) {
      kept = compute.get();
      entries.put(key, kept);
    }
    return kept;
  }

  /** Drops every value whose key starts with {@code prefix} (a campaign's, after its counts were repaired). */
  void forget(String prefix) {
    synchronized (entries) {
      entries.keySet().removeIf(key -> key.startsWith(prefix));
    }
  }
}

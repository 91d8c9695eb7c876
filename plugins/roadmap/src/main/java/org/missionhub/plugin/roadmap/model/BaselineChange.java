package org.missionhub.plugin.roadmap.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between a baseline and the portfolio today, one change per item and aspect: an item added or
 * removed since, a date moved (with the days it moved), a status or a RAG changed. Unchanged items give
 * nothing. Ordered as the baseline kept its items, then the items added since.
 */
public record BaselineChange(ItemRef ref, String title, Aspect aspect, String before, String after, Long days) {

  public enum Aspect {
    ADDED,
    REMOVED,
    START,
    END,
    STATUS,
    RAG
  }

  public static List<BaselineChange> between(Baseline baseline, Portfolio today) {
    Map<ItemRef, BaselineItem> now = new LinkedHashMap<>();
    today.initiatives().forEach(i -> now.put(ItemRef.initiative(i.id()), BaselineItem.of(i)));
    today.milestones().forEach(m -> now.put(ItemRef.milestone(m.id()), BaselineItem.of(m)));
    List<BaselineChange> changes = new ArrayList<>();
    for (BaselineItem then : baseline.items()) {
      BaselineItem current = now.remove(then.ref());
      if (current == null) {
        changes.add(new BaselineChange(then.ref(), then.title(), Aspect.REMOVED, then.title(), null, null));
        continue;
      }
      date(changes, current, Aspect.START, then.start(), current.start());
      date(changes, current, Aspect.END, then.end(), current.end());
      if (!then.status().equals(current.status())) {
        changes.add(new BaselineChange(current.ref(), current.title(), Aspect.STATUS, then.status(), current.status(), null));
      }
      if (then.rag() != current.rag()) {
        changes.add(new BaselineChange(current.ref(), current.title(), Aspect.RAG, name(then.rag()), name(current.rag()), null));
      }
    }
    now.values().forEach(added -> changes.add(new BaselineChange(added.ref(), added.title(), Aspect.ADDED, null, added.title(), null)));
    return changes;
  }

  private static void date(List<BaselineChange> changes, BaselineItem item, Aspect aspect, LocalDate before, LocalDate after) {
    if (Objects.equals(before, after)) {
      return;
    }
    Long days = before == null || after == null ? null : ChronoUnit.DAYS.between(before, after);
    changes.add(new BaselineChange(item.ref(), item.title(), aspect, before == null ? null : before.toString(), after == null ? null : after.toString(), days));
  }

  private static String name(Rag rag) {
    return rag == null ? null : rag.name();
  }
}

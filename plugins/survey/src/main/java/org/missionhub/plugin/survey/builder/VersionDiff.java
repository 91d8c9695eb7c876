package org.missionhub.plugin.survey.builder;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.missionhub.plugin.survey.expression.Expression;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * What changed between two versions of an instrument, question by question: added, removed, renamed (through the
 * later version's predecessors) and changed, with which parts changed. An analyst reads it before publishing a
 * version, to see what the next wave will not be able to compare.
 */
public final class VersionDiff {

  /** What happened to a question. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** A part of a question that changed. */
  public enum Part {
    CODE,
    TYPE,
    SECTION,
    LABEL,
    HELP,
    REQUIRED,
    SHOWN_WHEN,
    CONSTRAINT,
    OPTIONS,
    ITEMS,
    OTHER_SPECIFY,
    LIMITS
  }

  /**
   * One question's change. {@code before} is its code in the earlier version (null when added); {@code options}
   * lists the option and item codes added ({@code +code}), removed ({@code -code}) or relabelled ({@code ~code}).
   */
  public record Change(Kind kind, String code, String before, Set<Part> parts, List<String> options) {}

  private VersionDiff() {}

  /** The changes from {@code before} to {@code after}, in the later version's order, then the removed questions. */
  public static List<Change> between(Instrument before, Instrument after, Map<String, String> predecessors) {
    Map<String, String> sectionBefore = sections(before);
    Map<String, String> sectionAfter = sections(after);
    Set<String> matched = new LinkedHashSet<>();
    List<Change> changes = new ArrayList<>();
    for (Question question : after.questions()) {
      String earlier = predecessors.getOrDefault(question.code(), question.code());
      Optional<Question> old = before.question(earlier);
      if (old.isEmpty()) {
        changes.add(new Change(Kind.ADDED, question.code(), null, Set.of(), List.of()));
        continue;
      }
      matched.add(earlier);
      Set<Part> parts = EnumSet.noneOf(Part.class);
      List<String> options = new ArrayList<>();
      compare(old.get(), question, parts, options);
      if (!Objects.equals(sectionBefore.get(earlier), sectionAfter.get(question.code()))) {
        parts.add(Part.SECTION);
      }
      if (!parts.isEmpty()) {
        changes.add(new Change(Kind.CHANGED, question.code(), earlier, Set.copyOf(parts), List.copyOf(options)));
      }
    }
    before.questions().stream().filter(q -> !matched.contains(q.code()))
        .forEach(q -> changes.add(new Change(Kind.REMOVED, q.code(), q.code(), Set.of(), List.of())));
    return changes;
  }

  private static void compare(Question old, Question now, Set<Part> parts, List<String> options) {
    mark(parts, Part.CODE, old.code(), now.code());
    mark(parts, Part.TYPE, old.type(), now.type());
    mark(parts, Part.LABEL, old.label().all(), now.label().all());
    mark(parts, Part.HELP, old.help().map(h -> h.all()), now.help().map(h -> h.all()));
    mark(parts, Part.REQUIRED, old.required(), now.required());
    mark(parts, Part.SHOWN_WHEN, old.relevance().map(Expression::source), now.relevance().map(Expression::source));
    mark(parts, Part.CONSTRAINT, List.of(old.constraint().map(Expression::source), old.constraintMessage().map(m -> m.all())),
        List.of(now.constraint().map(Expression::source), now.constraintMessage().map(m -> m.all())));
    mark(parts, Part.OTHER_SPECIFY, old.otherSpecify(), now.otherSpecify());
    mark(parts, Part.LIMITS, List.of(old.min(), old.max()), List.of(now.min(), now.max()));
    if (options(old.options(), now.options(), options)) {
      parts.add(Part.OPTIONS);
    }
    if (options(old.items(), now.items(), options)) {
      parts.add(Part.ITEMS);
    }
  }

  private static boolean options(List<Option> old, List<Option> now, List<String> changes) {
    Map<String, Option> earlier = new HashMap<>();
    old.forEach(o -> earlier.put(o.code(), o));
    int before = changes.size();
    for (Option option : now) {
      Option was = earlier.remove(option.code());
      if (was == null) {
        changes.add("+" + option.code());
      } else if (!was.label().all().equals(option.label().all())) {
        changes.add("~" + option.code());
      }
    }
    old.stream().filter(o -> earlier.containsKey(o.code())).forEach(o -> changes.add("-" + o.code()));
    boolean reordered = old.stream().map(Option::code).filter(c -> now.stream().anyMatch(n -> n.code().equals(c))).toList()
        .equals(now.stream().map(Option::code).filter(c -> old.stream().anyMatch(o -> o.code().equals(c))).toList());
    return changes.size() > before || !reordered;
  }

  private static void mark(Set<Part> parts, Part part, Object old, Object now) {
    if (!Objects.equals(old, now)) {
      parts.add(part);
    }
  }

  private static Map<String, String> sections(Instrument instrument) {
    Map<String, String> of = new HashMap<>();
    for (Section section : instrument.sections()) {
      section.questions().forEach(q -> of.put(q.code(), section.code()));
    }
    return of;
  }
}

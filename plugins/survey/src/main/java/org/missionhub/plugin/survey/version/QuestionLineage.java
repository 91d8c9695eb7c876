package org.missionhub.plugin.survey.version;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which question of another version of an instrument is the same question: codes are kept across
 * versions, and a renamed question names its predecessor in the version before it. Followed step by step,
 * so a question renamed twice (v1 {@code a}, v2 {@code b}, v3 {@code c}) is still found; a question that a
 * version between the two drops, or that one of them does not ask, has no counterpart.
 */
public final class QuestionLineage {

  private final Map<Integer, InstrumentVersion> versions;

  public QuestionLineage(List<InstrumentVersion> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("an instrument has at least one version");
    }
    if (versions.stream().map(InstrumentVersion::code).distinct().count() != 1) {
      throw new IllegalArgumentException("the versions of one instrument");
    }
    this.versions = versions.stream().sorted(Comparator.comparingInt(InstrumentVersion::number)).collect(Collectors.toMap(InstrumentVersion::number, Function.identity()));
  }

  /**
   * The code in version {@code to} of question (or matrix item, {@code <matrix>.<item>}) {@code code} of
   * version {@code from}; empty when it is not asked there.
   */
  public Optional<String> codeIn(int from, String code, int to) {
    Optional<String> current = asked(from, code);
    if (to < from) {
      for (int v = from; v > to && current.isPresent(); v--) {
        String here = current.get();
        String before = renamedFrom(v, here).orElse(here);
        current = asked(v - 1, before);
      }
    } else {
      for (int v = from; v < to && current.isPresent(); v++) {
        String here = current.get();
        // a renamed question's old code is never asked in the version that renames it (InstrumentVersion checks it)
        current = asked(v + 1, renamedTo(v + 1, here).orElse(here));
      }
    }
    return current;
  }

  /** The previous code of a question of version {@code v}, when it was renamed there. */
  private Optional<String> renamedFrom(int v, String code) {
    String question = questionOf(code);
    String previous = version(v).map(InstrumentVersion::predecessors).map(p -> p.get(question)).orElse(null);
    return Optional.ofNullable(previous).map(p -> p + itemOf(code));
  }

  /** The new code in version {@code v} of a question renamed from {@code code}. */
  private Optional<String> renamedTo(int v, String code) {
    String question = questionOf(code);
    return version(v).flatMap(next -> next.predecessors().entrySet().stream().filter(e -> e.getValue().equals(question)).map(Map.Entry::getKey).findFirst())
        .map(now -> now + itemOf(code));
  }

  private Optional<String> asked(int v, String code) {
    return version(v).filter(version -> isAsked(version, code)).map(version -> code);
  }

  private static boolean isAsked(InstrumentVersion version, String code) {
    int dot = code.indexOf('.');
    if (dot < 0) {
      return version.definition().question(code).isPresent();
    }
    return version.definition().question(code.substring(0, dot)).stream()
        .flatMap(q -> q.items().stream())
        .anyMatch(item -> item.code().equals(code.substring(dot + 1)));
  }

  private Optional<InstrumentVersion> version(int number) {
    return Optional.ofNullable(versions.get(number));
  }

  private static String questionOf(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  private static String itemOf(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? "" : code.substring(dot);
  }
}

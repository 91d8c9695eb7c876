package org.missionhub.plugin.survey.instrument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.expression.Expression;

/**
 * A survey definition: sections of questions with stable codes. Conditions may only read questions asked
 * before them (so a respondent never depends on what comes later), and every code is unique.
 */
public record Instrument(String code, LocalizedText title, LocalizedText description, List<Section> sections) {

  public Instrument {
    Codes.require(code, "instrument");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    sections = List.copyOf(sections);
    if (sections.isEmpty()) {
      throw new InvalidInstrumentException("the instrument " + code + " has no sections");
    }
    Codes.unique(sections.stream().map(Section::code).toList(), "section");
    List<String> all = new ArrayList<>();
    sections.forEach(s -> s.questions().forEach(q -> all.add(q.code())));
    Codes.unique(all, "question");
    checkConditionsLookBack(sections);
  }

  private static void checkConditionsLookBack(List<Section> sections) {
    Set<String> asked = new HashSet<>();
    for (Section section : sections) {
      section.relevance().ifPresent(r -> lookBack("section " + section.code(), r, asked));
      for (Question question : section.questions()) {
        question.relevance().ifPresent(r -> lookBack("question " + question.code(), r, asked));
        question.calculation().ifPresent(c -> lookBack("calculation " + question.code(), c, asked));
        asked.add(question.code());
        question.items().forEach(item -> asked.add(question.itemKey(item)));
        if (question.otherSpecify()) {
          asked.add(question.otherKey());
        }
        // a constraint may read its own question (as . or by code)
        question.constraint().ifPresent(c -> lookBack("constraint of " + question.code(), c, asked));
      }
    }
  }

  private static void lookBack(String where, Expression expression, Set<String> asked) {
    for (String reference : expression.references()) {
      if (!asked.contains(reference)) {
        throw new InvalidInstrumentException("the condition of " + where + " reads ${" + reference + "}, which is not a question asked before it");
      }
    }
  }

  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Optional<Question> question(String questionCode) {
    return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
  }

  /** Every text without a translation into one of these languages, as {@code <where>: <language>} (English is the fallback). */
  public List<String> missingTranslations(List<String> languages) {
    List<String> missing = new ArrayList<>();
    check(missing, "title", title, languages);
    check(missing, "description", description, languages);
    for (Section section : sections) {
      check(missing, section.code(), section.title(), languages);
      for (Question q : section.questions()) {
        check(missing, q.code(), q.label(), languages);
        q.help().ifPresent(h -> check(missing, q.code() + " help", h, languages));
        q.constraintMessage().ifPresent(m -> check(missing, q.code() + " constraint message", m, languages));
        q.options().forEach(o -> check(missing, q.code() + "/" + o.code(), o.label(), languages));
        q.items().forEach(i -> check(missing, q.itemKey(i), i.label(), languages));
      }
    }
    return missing;
  }

  private static void check(List<String> missing, String where, LocalizedText text, List<String> languages) {
    for (String language : languages) {
      if (!text.all().containsKey(language)) {
        missing.add(where + ": " + language);
      }
    }
  }
}

package org.missionhub.plugin.survey.ui.builder;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionhub.plugin.survey.builder.FormDraft;
import org.missionhub.plugin.survey.builder.QuestionDraft;
import org.missionhub.plugin.survey.builder.SectionDraft;

/** From a problem's field ({@code definition.sections[1].questions[0]}) to the outline row it is about, and back to words. */
final class DraftPaths {

  private static final Pattern PATH = Pattern.compile("definition\\.sections\\[(\\d+)](?:\\.questions\\[(\\d+)])?.*");

  private DraftPaths() {}

  static Object row(FormDraft draft, String field) {
    Matcher path = PATH.matcher(field == null ? "" : field);
    if (!path.matches()) {
      return null;
    }
    int s = Integer.parseInt(path.group(1));
    if (s >= draft.sections().size()) {
      return null;
    }
    SectionDraft section = draft.sections().get(s);
    if (path.group(2) == null) {
      return section;
    }
    int q = Integer.parseInt(path.group(2));
    return q < section.questions().size() ? section.questions().get(q) : section;
  }

  static String describe(FormDraft draft, Object row, BiFunction<String, Object[], String> words) {
    if (row instanceof QuestionDraft question) {
      SectionDraft section = draft.sectionOf(question);
      return words.apply("survey.builder.atQuestion", new Object[] {draft.sections().indexOf(section) + 1, section.questions().indexOf(question) + 1, question.getCode()});
    }
    if (row instanceof SectionDraft section) {
      return words.apply("survey.builder.atSection", new Object[] {draft.sections().indexOf(section) + 1, section.getCode()});
    }
    return words.apply("survey.builder.atForm", new Object[0]);
  }
}

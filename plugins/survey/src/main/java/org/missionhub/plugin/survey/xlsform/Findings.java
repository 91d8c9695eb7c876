package org.missionhub.plugin.survey.xlsform;

import java.util.ArrayList;
import java.util.List;

/** What reading a form found, each in its place: problems (nothing is imported) and notes (left out or renamed). */
final class Findings {

  private final List<XlsFormProblem> problems = new ArrayList<>();
  private final List<XlsFormProblem> notes = new ArrayList<>();

  void problem(String sheet, int row, String column, String message) {
    problems.add(new XlsFormProblem(sheet, row, column, message));
  }

  void note(String sheet, int row, String column, String message) {
    notes.add(new XlsFormProblem(sheet, row, column, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  List<XlsFormProblem> problems() {
    return List.copyOf(problems);
  }

  List<XlsFormProblem> notes() {
    return List.copyOf(notes);
  }
}

package org.missionhub.plugin.survey.xlsform;

import java.util.List;

/** An XLSForm that cannot be imported, with every problem found (nothing of it is imported). */
public final class XlsFormException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<XlsFormProblem> problems;

  public XlsFormException(List<XlsFormProblem> problems) {
    super(problems.size() + " problem(s) in the XLSForm, the first: " + problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public List<XlsFormProblem> problems() {
    return problems;
  }
}

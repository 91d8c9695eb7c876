package org.missionhub.plugin.survey.expression;

/** An expression that cannot be read, with where (0-based character position) and why. */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int position;

  public ExpressionException(String message, int position) {
    super(message + " (at character " + (position + 1) + ")");
    this.position = position;
  }

  public int position() {
    return position;
  }
}

package org.missionhub.plugin.survey.instrument;

/** An instrument that breaks a rule of the model (codes, options, limits, conditions). */
public final class InvalidInstrumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInstrumentException(String message) {
    super(message);
  }
}

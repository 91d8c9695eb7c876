package org.missionhub.plugin.survey.expression;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * An expression that cannot be read, with where (0-based character position) and why: a {@link Reason} and its
 * arguments, which the API says in English ({@link #getMessage()}) and a page in the person's language (message key
 * {@code survey.expression.<key>} with the same arguments).
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why an expression cannot be read; the English wording is a {@link MessageFormat} pattern over the arguments. */
  public enum Reason {
    EMPTY("empty", "the expression is empty"),
    UNEXPECTED("unexpected", "unexpected ''{0}''"),
    ENDS_EARLY("endsEarly", "the expression ends too early"),
    EXPECTED_CLOSE("expectedClose", "expected '')''"),
    EXPECTED_OPEN("expectedOpen", "expected ''('' after {0}"),
    ROUND_ARGUMENTS("roundArguments", "round takes 1 or 2 arguments"),
    ARGUMENTS("arguments", "{0} takes {1} {1,choice,1#argument|1<arguments}"),
    UNKNOWN_FUNCTION("unknownFunction", "unknown function {0} (supported: not, selected, count-selected, string-length, if, coalesce, concat, number, int, round)"),
    REFERENCE_FORM("referenceForm", "a reference is written $'{'question_code'}'"),
    NOT_A_CODE("notACode", "''{0}'' is not a question code"),
    UNCLOSED_TEXT("unclosedText", "text opened here is never closed"),
    NOT_A_NUMBER("notANumber", "''{0}'' is not a number");

    private final String key;
    private final String english;

    Reason(String key, String english) {
      this.key = key;
      this.english = english;
    }

    /** The message key's last part: {@code survey.expression.<key>}. */
    public String key() {
      return key;
    }

    String english(List<Object> arguments) {
      return new MessageFormat(english, Locale.ROOT).format(arguments.toArray());
    }
  }

  private final Reason reason;
  private final transient List<Object> arguments;
  private final int position;

  public ExpressionException(Reason reason, int position, Object... arguments) {
    super(reason.english(List.of(arguments)) + " (at character " + (position + 1) + ")");
    this.reason = reason;
    this.arguments = List.of(arguments);
    this.position = position;
  }

  public Reason reason() {
    return reason;
  }

  public List<Object> arguments() {
    return arguments;
  }

  /** Why, in English, without the place. */
  public String why() {
    return reason.english(arguments);
  }

  public int position() {
    return position;
  }
}

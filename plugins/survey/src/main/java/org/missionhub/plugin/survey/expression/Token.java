package org.missionhub.plugin.survey.expression;

/** One token of an expression, with its position for error messages. */
record Token(Kind kind, String text, int position) {

  enum Kind {
    NUMBER, TEXT, REFERENCE, SELF, WORD, OPERATOR, ARITHMETIC, OPEN, CLOSE, COMMA, END
  }
}

package org.missionhub.plugin.roadmap.calendar;

/**
 * Folds iCalendar content lines so that none is longer than 75 octets of UTF-8 (RFC 5545 3.1), never
 * inside a character. Written here because ical4j's {@code FoldingWriter} counts UTF-16 characters, so a
 * line of Danish or Greek text comes out up to twice as long in octets, which strict clients reject.
 */
final class ContentLines {

  static final int MAX_OCTETS = 75;

  private ContentLines() {}

  /** The document (unfolded lines ending in CRLF) with every long line folded: CRLF and one space, then the rest. */
  static String fold(String document) {
    StringBuilder out = new StringBuilder(document.length() + document.length() / 32);
    int lineOctets = 0;
    for (int i = 0; i < document.length(); ) {
      int codePoint = document.codePointAt(i);
      int chars = Character.charCount(codePoint);
      if (codePoint == '\r' || codePoint == '\n') {
        out.append((char) codePoint);
        lineOctets = 0;
      } else {
        int octets = utf8Length(codePoint);
        if (lineOctets + octets > MAX_OCTETS) {
          out.append("\r\n ");
          lineOctets = 1; // the space that marks the continuation counts
        }
        out.appendCodePoint(codePoint);
        lineOctets += octets;
      }
      i += chars;
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}

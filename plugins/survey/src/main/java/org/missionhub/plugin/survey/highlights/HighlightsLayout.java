package org.missionhub.plugin.survey.highlights;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

/**
 * Which questions a highlights report shows, chapter by chapter. An instrument that asks the needs
 * assessment's questions (the built-in template and its copies) is laid out as the OECD / Danish Design
 * Centre deck lays out its findings: who answered, mission practice, mission design, drivers, funding, and
 * risks, challenges and support. Any other instrument gets a chapter per section. Free text and dates
 * have no chart and are left out.
 */
public record HighlightsLayout(List<Chapter> chapters) {

  /** A chapter: its title in every language and its questions' codes, in order. */
  public record Chapter(LocalizedText title, List<String> questions) {

    public Chapter {
      Objects.requireNonNull(title, "title");
      questions = List.copyOf(questions);
    }
  }

  /** The types a report can chart: shares of answers, or a number's mean and median. */
  public static final Set<QuestionType> CHARTED =
      EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.LIKERT, QuestionType.NUMBER, QuestionType.COUNTRY, QuestionType.MATRIX);

  private record DeckChapter(String titleKey, List<String> questions) {}

  /** The deck's chapters, with the template's question codes (stable across its copies and waves). */
  private static final List<DeckChapter> DECK = List.of(
      new DeckChapter("survey.highlights.respondents", List.of("involved", "role", "country", "organisation_type")),
      new DeckChapter("survey.highlights.practice", List.of("setting", "phase", "challenge_field")),
      new DeckChapter("survey.highlights.design", List.of("characteristics")),
      new DeckChapter("survey.highlights.drivers", List.of("external_drivers", "internal_drivers")),
      new DeckChapter("survey.highlights.funding", List.of("funding_sources")),
      new DeckChapter("survey.highlights.challenges", List.of("risks", "challenges", "help_needed")));

  public HighlightsLayout {
    chapters = List.copyOf(chapters);
  }

  /**
   * The layout for an instrument.
   *
   * @param texts the plugin's translations, for the deck's chapter titles
   */
  public static HighlightsLayout of(Instrument instrument, Function<String, LocalizedText> texts) {
    return asksTheDeck(instrument) ? deck(instrument, texts) : bySection(instrument);
  }

  /** Whether every question the deck reports is asked, as a chartable question. */
  static boolean asksTheDeck(Instrument instrument) {
    return DECK.stream().flatMap(c -> c.questions().stream())
        .allMatch(code -> instrument.question(code).filter(q -> CHARTED.contains(q.type())).isPresent());
  }

  private static HighlightsLayout deck(Instrument instrument, Function<String, LocalizedText> texts) {
    List<Chapter> chapters = new ArrayList<>();
    for (DeckChapter chapter : DECK) {
      chapters.add(new Chapter(texts.apply(chapter.titleKey()), chapter.questions()));
    }
    // what a copy of the template asks beyond the deck is still reported, under its own section's title
    List<String> shown = DECK.stream().flatMap(c -> c.questions().stream()).toList();
    for (Section section : instrument.sections()) {
      List<String> more = charted(section).stream().filter(code -> !shown.contains(code)).toList();
      if (!more.isEmpty()) {
        chapters.add(new Chapter(section.title(), more));
      }
    }
    return new HighlightsLayout(chapters);
  }

  private static HighlightsLayout bySection(Instrument instrument) {
    List<Chapter> chapters = new ArrayList<>();
    for (Section section : instrument.sections()) {
      List<String> codes = charted(section);
      if (!codes.isEmpty()) {
        chapters.add(new Chapter(section.title(), codes));
      }
    }
    return new HighlightsLayout(chapters);
  }

  private static List<String> charted(Section section) {
    return section.questions().stream().filter(q -> CHARTED.contains(q.type())).map(Question::code).toList();
  }
}

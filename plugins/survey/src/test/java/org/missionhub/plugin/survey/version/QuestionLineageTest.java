package org.missionhub.plugin.survey.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Option;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

class QuestionLineageTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Text");
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

  /** v1 asks budget, phase, dropped and a matrix; v2 renames budget to annual_budget and drops dropped; v3 renames it again and adds fresh. */
  private final List<InstrumentVersion> versions = waves();

  private static List<InstrumentVersion> waves() {
    List<InstrumentVersion> all = new ArrayList<>();
    InstrumentVersion first = InstrumentVersion.first(asking("budget", "phase", "dropped"), "ines", NOW).published(NOW);
    InstrumentVersion second = first.nextDraft("ines", NOW).edited(asking("annual_budget", "phase"), Map.of("annual_budget", "budget"), Optional.of(first)).published(NOW);
    InstrumentVersion third = second.nextDraft("ines", NOW).edited(asking("yearly_budget", "phase", "fresh"), Map.of("yearly_budget", "annual_budget"), Optional.of(second)).published(NOW);
    all.add(third);
    all.add(first);
    all.add(second);
    return all;
  }

  private static Instrument asking(String... codes) {
    List<Question> questions = new ArrayList<>();
    for (String code : codes) {
      questions.add(Question.plain(code, QuestionType.NUMBER, TEXT));
    }
    List<Option> scale = List.of(new Option("low", TEXT), new Option("high", TEXT));
    questions.add(Question.matrix("design", TEXT, scale, List.of(new Option("clear_target", TEXT), new Option("monitoring", TEXT))));
    return new Instrument("wave", TEXT, TEXT, List.of(Section.of("one", TEXT, questions.toArray(Question[]::new))));
  }

  @Test
  void aQuestionRenamedTwiceIsFollowedBackAndForth() {
    QuestionLineage lineage = new QuestionLineage(versions);
    assertThat(lineage.codeIn(3, "yearly_budget", 1)).contains("budget");
    assertThat(lineage.codeIn(3, "yearly_budget", 2)).contains("annual_budget");
    assertThat(lineage.codeIn(1, "budget", 3)).contains("yearly_budget");
    assertThat(lineage.codeIn(2, "annual_budget", 1)).contains("budget");
  }

  @Test
  void aQuestionKeepingItsCodeIsTheSameQuestionInEveryVersion() {
    QuestionLineage lineage = new QuestionLineage(versions);
    assertThat(lineage.codeIn(3, "phase", 1)).contains("phase");
    assertThat(lineage.codeIn(1, "phase", 3)).contains("phase");
    assertThat(lineage.codeIn(2, "phase", 2)).contains("phase");
    assertThat(lineage.codeIn(3, "design.monitoring", 1)).contains("design.monitoring");
  }

  @Test
  void aQuestionOneOfTheVersionsDoesNotAskHasNoCounterpart() {
    QuestionLineage lineage = new QuestionLineage(versions);
    assertThat(lineage.codeIn(3, "fresh", 1)).isEmpty();
    assertThat(lineage.codeIn(1, "dropped", 3)).as("dropped in version 2").isEmpty();
    assertThat(lineage.codeIn(1, "budget", 1)).contains("budget");
    assertThat(lineage.codeIn(3, "budget", 1)).as("budget is not a question of version 3").isEmpty();
    assertThat(lineage.codeIn(3, "design.unknown_item", 1)).isEmpty();
    assertThat(lineage.codeIn(3, "phase", 9)).as("no such version").isEmpty();
  }

  @Test
  void theVersionsAreOneInstrumentsAndThereIsOne() {
    assertThatThrownBy(() -> new QuestionLineage(List.of())).isInstanceOf(IllegalArgumentException.class);
    InstrumentVersion other = InstrumentVersion.first(new Instrument("other", TEXT, TEXT, List.of(Section.of("one", TEXT, Question.plain("x", QuestionType.NUMBER, TEXT)))), "ines", NOW);
    assertThatThrownBy(() -> new QuestionLineage(List.of(versions.get(0), other))).isInstanceOf(IllegalArgumentException.class);
  }
}

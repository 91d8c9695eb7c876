package org.missionhub.plugin.survey.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.missionhub.api.plugin.LocalizedText;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.InvalidInstrumentException;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.instrument.Section;

class InstrumentVersionTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Text");
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC);

  private static Instrument asking(String... codes) {
    Question[] questions = java.util.Arrays.stream(codes).map(c -> Question.plain(c, QuestionType.TEXT_SHORT, TEXT)).toArray(Question[]::new);
    return new Instrument("wave", TEXT, TEXT, List.of(Section.of("one", TEXT, questions)));
  }

  @Test
  void aDraftChangesUntilPublishedThenNeverAgain() {
    InstrumentVersion draft = InstrumentVersion.first(asking("budget"), "ines", NOW);
    InstrumentVersion edited = draft.edited(asking("budget", "phase"), Map.of(), Optional.empty());
    assertThat(edited.revision()).isEqualTo(1);
    InstrumentVersion published = edited.published(NOW.plusDays(1));
    assertThat(published.status()).isEqualTo(InstrumentVersion.Status.PUBLISHED);
    assertThat(published.publishedAt()).contains(NOW.plusDays(1));
    assertThatThrownBy(() -> published.edited(asking("budget"), Map.of(), Optional.empty()))
        .isInstanceOf(VersionConflictException.class)
        .hasMessage("version 1 of wave is published and cannot change; start a new version");
    assertThatThrownBy(() -> published.published(NOW)).isInstanceOf(VersionConflictException.class);
  }

  @Test
  void aNewVersionStartsAsACopyOfThePublishedOne() {
    InstrumentVersion published = InstrumentVersion.first(asking("budget"), "ines", NOW).published(NOW);
    InstrumentVersion next = published.nextDraft("pia", NOW.plusDays(2));
    assertThat(next.number()).isEqualTo(2);
    assertThat(next.isDraft()).isTrue();
    assertThat(next.definition()).isEqualTo(published.definition());
    assertThatThrownBy(() -> next.nextDraft("pia", NOW)).isInstanceOf(VersionConflictException.class).hasMessageContaining("still a draft");
  }

  @Test
  void aRenamedQuestionNamesItsPredecessor() {
    InstrumentVersion first = InstrumentVersion.first(asking("budget", "phase"), "ines", NOW).published(NOW);
    InstrumentVersion second = first.nextDraft("ines", NOW);
    InstrumentVersion renamed = second.edited(asking("annual_budget", "phase"), Map.of("annual_budget", "budget"), Optional.of(first));
    assertThat(renamed.predecessors()).containsEntry("annual_budget", "budget");
    assertThatThrownBy(() -> second.edited(asking("annual_budget", "phase"), Map.of("annual_budget", "costs"), Optional.of(first)))
        .isInstanceOf(InvalidInstrumentException.class)
        .hasMessage("costs (the predecessor of annual_budget) is not a question of version 1");
    assertThatThrownBy(() -> second.edited(asking("budget", "phase"), Map.of("total", "budget"), Optional.of(first)))
        .hasMessageContaining("total is not a question of this version");
    assertThatThrownBy(() -> second.edited(asking("budget", "annual_budget"), Map.of("annual_budget", "budget"), Optional.of(first)))
        .hasMessageContaining("budget is still a question of this version");
  }

  @Test
  void theDefinitionKeepsTheInstrumentsCode() {
    Instrument other = new Instrument("other", TEXT, TEXT, List.of(Section.of("one", TEXT, Question.plain("q", QuestionType.DATE, TEXT))));
    InstrumentVersion draft = InstrumentVersion.first(asking("q"), "ines", NOW);
    assertThatThrownBy(() -> draft.edited(other, Map.of(), Optional.empty())).hasMessageContaining("is not the instrument's code wave");
  }
}

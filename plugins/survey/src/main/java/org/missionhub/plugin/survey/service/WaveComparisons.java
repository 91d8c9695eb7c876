package org.missionhub.plugin.survey.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.campaign.CampaignStatus;
import org.missionhub.plugin.survey.instrument.Instrument;
import org.missionhub.plugin.survey.instrument.Question;
import org.missionhub.plugin.survey.instrument.QuestionType;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.results.WaveChanges;
import org.missionhub.plugin.survey.results.WaveComparison;
import org.missionhub.plugin.survey.store.InstrumentStore;
import org.missionhub.plugin.survey.version.QuestionLineage;

/**
 * A question across the waves of an instrument: the campaigns of the same kind (the benchmark campaigns,
 * or one mission's own surveys) that ran any version of it and closed before the one asked about, each
 * with its published result (the same, cached, as {@code /results/{question}}), the question followed
 * through renames between versions.
 */
public final class WaveComparisons {

  private final InstrumentStore instruments;
  private final ResultsService results;
  private final Clock clock;

  public WaveComparisons(InstrumentStore instruments, ResultsService results, Clock clock) {
    this.instruments = instruments;
    this.results = results;
    this.clock = clock;
  }

  /**
   * {@code code} is a question of the campaign's version, or a matrix item as {@code <matrix>.<item>};
   * {@code candidates} are the campaigns of the same kind, of which {@code readable} says whose results the
   * caller may read.
   */
  public WaveComparison compare(Campaign campaign, List<Campaign> candidates, String code, Predicate<Campaign> readable, Locale locale) {
    Question question = comparable(results.instrument(campaign), code);
    QuestionLineage lineage = new QuestionLineage(instruments.versions(campaign.settings().instrumentOwner(), campaign.settings().instrumentCode()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Campaign> earlier = candidates.stream()
        .filter(c -> c.settings().sameInstrumentAs(campaign.settings()) && !c.id().equals(campaign.id()))
        .filter(c -> c.settings().closesAt().isBefore(campaign.settings().closesAt()) && c.status(now) == CampaignStatus.CLOSED)
        .filter(readable)
        .sorted(Comparator.comparing((Campaign c) -> c.settings().closesAt()).thenComparing(Campaign::id))
        .toList();
    List<WaveComparison.Wave> waves = new ArrayList<>();
    List<String> notAsked = new ArrayList<>();
    for (Campaign wave : earlier) {
      Optional<String> then = lineage.codeIn(campaign.settings().instrumentVersion(), code, wave.settings().instrumentVersion());
      if (then.isPresent()) {
        waves.add(wave(wave, then.get(), locale));
      } else {
        notAsked.add(wave.id());
      }
    }
    waves.add(wave(campaign, code, locale));
    List<WaveComparison.Step> steps = new ArrayList<>();
    for (int i = 1; i < waves.size(); i++) {
      WaveComparison.Wave from = waves.get(i - 1);
      WaveComparison.Wave to = waves.get(i);
      steps.add(new WaveComparison.Step(from.campaignId(), to.campaignId(), WaveChanges.between(from.result(), to.result())));
    }
    QuestionResult last = waves.get(waves.size() - 1).result();
    return new WaveComparison(code, last.label(), question.type() == QuestionType.MATRIX ? QuestionType.LIKERT.name() : question.type().name(), waves, steps, notAsked);
  }

  private WaveComparison.Wave wave(Campaign campaign, String code, Locale locale) {
    int dot = code.indexOf('.');
    QuestionResult result = dot < 0
        ? results.question(campaign, code, locale)
        : results.question(campaign, code.substring(0, dot), locale).items().stream().filter(i -> i.question().equals(code)).findFirst().orElseThrow();
    var settings = campaign.settings();
    return new WaveComparison.Wave(campaign.id(), settings.title(), settings.instrumentVersion(), settings.opensAt(), settings.closesAt(), code, result);
  }

  /** The question (the matrix, for an item) if it can be compared: not a note, and a matrix item by item. */
  private static Question comparable(Instrument instrument, String code) {
    int dot = code.indexOf('.');
    Question question = instrument.question(dot < 0 ? code : code.substring(0, dot))
        .filter(q -> q.type() != QuestionType.NOTE)
        .orElseThrow(() -> PluginProblem.notFound("Question " + code));
    if (dot < 0 && question.type() == QuestionType.MATRIX) {
      throw PluginProblem.invalid("question", "a matrix is compared item by item: give <matrix>.<item>, e.g. " + question.itemKey(question.items().get(0)));
    }
    if (dot > 0 && (question.type() != QuestionType.MATRIX || question.items().stream().noneMatch(i -> i.code().equals(code.substring(dot + 1))))) {
      throw PluginProblem.notFound("Question " + code);
    }
    return question;
  }
}

package org.missionhub.plugin.survey.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.survey.answering.ResponseFacts;
import org.missionhub.plugin.survey.answering.Submitted;
import org.missionhub.plugin.survey.campaign.Campaign;
import org.missionhub.plugin.survey.grouping.Breakdown;
import org.missionhub.plugin.survey.grouping.Dimension;
import org.missionhub.plugin.survey.results.QuestionResult;
import org.missionhub.plugin.survey.store.ResponseStore;

/**
 * "Where do we stand": an organisation's own answers next to its peers (all, the same type, country,
 * phase, ...). The peers' numbers are rows of the question's published report, never counted apart, so
 * they are exactly as safe as the report and cannot be set against it to work out a withheld cell.
 */
public final class StandingService {

  private final ResultsService results;
  private final ResponseStore responses;

  public StandingService(ResultsService results, ResponseStore responses) {
    this.results = results;
    this.responses = responses;
  }

  public Standing standing(OrganisationScope scope, Campaign campaign, String peers, Locale locale) {
    if (!campaign.resultsPublished()) {
      throw PluginProblem.conflict("The campaign's results are not published yet");
    }
    Optional<Dimension> dimension = "all".equals(peers) ? Optional.empty() : Optional.of(Dimension.fromApiName(peers).orElseThrow(
        () -> PluginProblem.invalid("peers", "must be all, organisationType, country, phase, governanceMode, challengeArea or sector")));
    List<Submitted> own = responses.ofOrganisation(scope.organisationId(), campaign.id());
    String group = dimension.map(d -> groupOf(d, scope, own)).orElse(null);
    boolean ownShown = !campaign.settings().anonymous() || own.size() >= campaign.settings().minimumCellSize();
    List<Standing.QuestionStanding> questions = new ArrayList<>();
    for (QuestionResult headline : results.overview(campaign, locale).questions()) {
      QuestionResult full = results.question(campaign, headline.question(), locale);
      questions.add(question(full, dimension, group, own, ownShown));
    }
    return new Standing(campaign.id(), campaign.settings().title(), peers, group, own.size(), questions);
  }

  private Standing.QuestionStanding question(QuestionResult full, Optional<Dimension> dimension, String group, List<Submitted> own, boolean ownShown) {
    List<Standing.QuestionStanding> items = full.items().stream().map(i -> question(i, dimension, group, own, ownShown)).toList();
    if (full.overall() == null) {
      String note = full.withheld() ? "Fewer respondents than the campaign's minimum answered this question" : null;
      return new Standing.QuestionStanding(full.question(), full.label(), full.type(), full.categories(), null, null, note, items);
    }
    QuestionResult.Row peerRow = peerRow(full, dimension, group);
    String note = peerRow == null ? "Too few peers in this group answered to show their results" : null;
    Standing.Own ownRow = ownShown ? own(full, own) : null;
    return new Standing.QuestionStanding(full.question(), full.label(), full.type(), full.categories(), ownRow, peerRow, note, items);
  }

  private static QuestionResult.Row peerRow(QuestionResult full, Optional<Dimension> dimension, String group) {
    if (dimension.isEmpty()) {
      return full.overall().rows().get(0);
    }
    return full.breakdowns().stream()
        .filter(t -> t.by().equals(dimension.get().apiName()))
        .flatMap(t -> t.rows().stream())
        .filter(r -> r.group().equals(group))
        .findFirst()
        .orElse(null);
  }

  private static Standing.Own own(QuestionResult full, List<Submitted> own) {
    List<String> codes = full.categories().stream().map(QuestionResult.Category::code).toList();
    long[] counts = new long[codes.size()];
    long respondents = 0;
    double points = 0;
    for (Submitted response : own) {
      List<String> answer = response.answers().get(full.question());
      if (answer == null) {
        continue;
      }
      respondents++;
      for (String value : answer) {
        int c = codes.indexOf(value);
        if (c >= 0) {
          counts[c]++;
          points += c + 1;
        }
      }
    }
    List<Standing.OwnCell> cells = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) {
      cells.add(new Standing.OwnCell(codes.get(c), counts[c], respondents == 0 ? 0 : Math.round(1000.0 * counts[c] / respondents) / 10.0));
    }
    Double mean = "LIKERT".equals(full.type()) && respondents > 0 ? Math.round(100 * points / respondents) / 100.0 : null;
    return new Standing.Own(respondents, cells, mean);
  }

  /** The organisation's own value of a dimension: its type or country, or the commonest among its responses. */
  private static String groupOf(Dimension dimension, OrganisationScope scope, List<Submitted> own) {
    return switch (dimension) {
      case ORGANISATION_TYPE -> scope.organisation().type().name();
      case COUNTRY -> scope.organisation().country();
      default -> {
        Function<ResponseFacts, String> value = switch (dimension) {
          case PHASE -> ResponseFacts::phase;
          case GOVERNANCE_MODE -> ResponseFacts::governanceMode;
          case SECTOR -> ResponseFacts::sector;
          default -> ResponseFacts::challengeArea;
        };
        yield own.stream().map(s -> value.apply(s.facts())).collect(Collectors.groupingBy(v -> v, Collectors.counting())).entrySet().stream()
            .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey)
            .orElse(Breakdown.ALL);
      }
    };
  }
}

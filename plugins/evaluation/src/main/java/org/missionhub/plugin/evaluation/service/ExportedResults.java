package org.missionhub.plugin.evaluation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.plugin.PluginDatabase;
import org.missionhub.plugin.evaluation.api.MissionResults;
import org.missionhub.plugin.evaluation.api.ResultFacts;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.evaluation.store.TheoryStore;

/** The mission's results for the funding plugin's IATI file, read in four statements as the reader sees them. */
public final class ExportedResults implements MissionResults {

  private final PluginDatabase database;
  private final IndicatorStore indicators = new IndicatorStore();
  private final ActualStore actuals = new ActualStore();
  private final TheoryStore theories = new TheoryStore();

  public ExportedResults(PluginDatabase database) {
    this.database = database;
  }

  @Override
  public List<ResultFacts> results(OrganisationId reader, MissionId mission) {
    String id = mission.toString();
    return database.forOrganisation(reader).inTransaction(c -> of(indicators.all(c, id), actuals.all(c, id), theories.read(c, id), theories.indicatorNodes(c, id)));
  }

  /** Results from what the stores read: a step's indicators under it, in the theory's order, then those measuring none. */
  static List<ResultFacts> of(List<Indicator> all, List<Actual> reported, TheoryOfChange theory, Map<String, String> indicatorNodes) {
    Map<String, List<ResultFacts.IndicatorFacts>> byNode = new LinkedHashMap<>();
    theory.nodes().forEach(n -> byNode.put(n.id(), new ArrayList<>()));
    List<ResultFacts.IndicatorFacts> unlinked = new ArrayList<>();
    for (Indicator indicator : all) {
      ResultFacts.IndicatorFacts facts = facts(indicator, reported);
      String node = indicatorNodes.get(indicator.id());
      (node != null && byNode.containsKey(node) ? byNode.get(node) : unlinked).add(facts);
    }
    List<ResultFacts> results = new ArrayList<>();
    for (ChangeNode node : theory.nodes()) {
      List<ResultFacts.IndicatorFacts> measured = byNode.get(node.id());
      if (!measured.isEmpty()) {
        results.add(new ResultFacts(node.kind() == NodeKind.OUTCOME ? ResultFacts.Level.OUTCOME : ResultFacts.Level.OUTPUT, node.title(), measured));
      }
    }
    if (!unlinked.isEmpty()) {
      results.add(new ResultFacts(ResultFacts.Level.OTHER, null, unlinked));
    }
    return results;
  }

  private static ResultFacts.IndicatorFacts facts(Indicator indicator, List<Actual> reported) {
    TreeMap<LocalDate, BigDecimal[]> periods = new TreeMap<>();
    for (Target target : indicator.targets()) {
      BigDecimal[] p = periods.computeIfAbsent(target.period(), d -> new BigDecimal[3]);
      p[0] = target.value();
      p[1] = target.upper();
    }
    // the latest total reported for each period that is not disputed (the list is in order of reporting)
    reported.stream()
        .filter(a -> a.indicatorId().equals(indicator.id()) && a.isTotal() && a.verification() != Verification.DISPUTED)
        .forEach(a -> periods.computeIfAbsent(a.period(), d -> new BigDecimal[3])[2] = a.value());
    List<ResultFacts.PeriodFacts> facts = new ArrayList<>();
    periods.forEach((start, p) -> facts.add(new ResultFacts.PeriodFacts(start, indicator.periodicity().end(start), p[0], p[1], p[2])));
    Boolean ascending = indicator.direction() == Direction.RANGE ? null : indicator.direction() == Direction.INCREASE;
    return new ResultFacts.IndicatorFacts(indicator.code(), texts(indicator.name()), indicator.definition() == null ? Map.of() : texts(indicator.definition()),
        indicator.unit(), ascending, indicator.baselineValue(), indicator.baselineDate(), facts);
  }

  /** Every language the text has, English first. */
  private static Map<String, String> texts(Texts texts) {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    byLanguage.put("en", texts.en());
    if (texts.fr() != null && !texts.fr().isBlank()) {
      byLanguage.put("fr", texts.fr());
    }
    if (texts.da() != null && !texts.da().isBlank()) {
      byLanguage.put("da", texts.da());
    }
    return byLanguage;
  }
}

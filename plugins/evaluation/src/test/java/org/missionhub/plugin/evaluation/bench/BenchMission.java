package org.missionhub.plugin.evaluation.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.missionhub.plugin.evaluation.model.Actual;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.Calculation;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Direction;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.Periodicity;
import org.missionhub.plugin.evaluation.model.Target;
import org.missionhub.plugin.evaluation.model.Texts;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;
import org.missionhub.plugin.evaluation.model.Verification;
import org.missionhub.plugin.evaluation.store.ActualStore;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.evaluation.store.TheoryStore;

/**
 * A mission of a given size for the evaluation benchmark and the statement-count test, the same every time
 * for the same size and seed: indicators with a baseline and targets, a value per period for the total and
 * each of three age groups, and a theory of change in four layers whose outputs and outcomes the indicators
 * measure (issue 15: 200 indicators x 40 periods x 3 groups, and 300 steps).
 */
public record BenchMission(int indicators, int periods, int steps) {

  public static final BenchMission FULL = new BenchMission(200, 40, 300);
  public static final BenchMission SMALL = new BenchMission(5, 4, 12);

  static final List<String> GROUPS = List.of("age group: 12-14", "age group: 15-19", "age group: 20-25");
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final String WRITER = "00000000-0000-4000-8000-00000000000a";
  private static final LocalDate FIRST_QUARTER = LocalDate.of(2017, 1, 1);

  /** What is generated: the indicators with their values, the theory, and which step each indicator measures. */
  public record Generated(Board board, TheoryOfChange theory, Map<String, String> indicatorNodes) {}

  public Generated generate(String missionId, long seed) {
    Random random = new Random(seed);
    List<Indicator> all = new ArrayList<>();
    List<Actual> values = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      Indicator indicator = indicator(missionId, i, random);
      all.add(indicator);
      for (int p = 0; p < periods; p++) {
        LocalDate period = FIRST_QUARTER.plusMonths(3L * p);
        BigDecimal total = BigDecimal.valueOf(80 + random.nextInt(60)).add(BigDecimal.valueOf(p));
        values.add(actual(indicator, period, null, total));
        for (String group : GROUPS) {
          values.add(actual(indicator, period, group, total.add(BigDecimal.valueOf(random.nextInt(21) - 10))));
        }
      }
    }
    // four layers: activities (a third), outputs (a third), outcomes, and the top outcomes (a tenth) that lead to the target
    int actions = steps / 3;
    int outputs = steps / 3;
    int tops = Math.max(1, steps / 10);
    int outcomes = steps - actions - outputs - tops;
    List<ChangeNode> nodes = new ArrayList<>();
    List<String> activityIds = layer(nodes, missionId, NodeKind.ACTIVITY, actions, "Activity");
    List<String> outputIds = layer(nodes, missionId, NodeKind.OUTPUT, outputs, "Output");
    List<String> outcomeIds = layer(nodes, missionId, NodeKind.OUTCOME, outcomes, "Outcome");
    List<String> topIds = layer(nodes, missionId, NodeKind.OUTCOME, tops, "Long-term outcome");
    List<ChangeLink> links = new ArrayList<>();
    connect(links, activityIds, outputIds, 2, random);
    connect(links, outputIds, outcomeIds, 2, random);
    connect(links, outcomeIds, topIds, 1 + random.nextInt(2), random);
    topIds.forEach(top -> links.add(new ChangeLink(stableId("link/" + top + "/target"), top, null, "Assumed", null, 1)));
    // the indicators measure the outputs and outcomes, one step each, round the list
    List<String> measurable = new ArrayList<>(outputIds);
    measurable.addAll(outcomeIds);
    measurable.addAll(topIds);
    Map<String, String> indicatorNodes = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      indicatorNodes.put(all.get(i).id(), measurable.get(i % measurable.size()));
    }
    return new Generated(new Board(all, values), new TheoryOfChange(nodes, links), indicatorNodes);
  }

  /** Writes a generated mission with the plugin's stores, as the services would. */
  public Generated write(Connection c, String missionId, long seed) throws SQLException {
    Generated generated = generate(missionId, seed);
    IndicatorStore indicatorStore = new IndicatorStore();
    ActualStore actualStore = new ActualStore();
    TheoryStore theoryStore = new TheoryStore();
    for (Indicator indicator : generated.board().indicators()) {
      indicatorStore.insert(c, WRITER, indicator, NOW);
    }
    for (Actual actual : generated.board().actuals()) {
      actualStore.insert(c, WRITER, missionId, actual);
    }
    for (ChangeNode node : generated.theory().nodes()) {
      theoryStore.insert(c, WRITER, missionId, node, NOW);
    }
    for (ChangeLink link : generated.theory().links()) {
      theoryStore.insert(c, WRITER, missionId, link, NOW);
    }
    Map<String, List<String>> measured = new HashMap<>();
    generated.indicatorNodes().forEach((indicator, node) -> measured.computeIfAbsent(node, k -> new ArrayList<>()).add(indicator));
    for (Map.Entry<String, List<String>> entry : measured.entrySet()) {
      theoryStore.measure(c, WRITER, missionId, entry.getKey(), entry.getValue());
    }
    return generated;
  }

  public static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }

  private Indicator indicator(String missionId, int i, Random random) {
    Direction direction = Direction.values()[i % 3];
    Calculation calculation = List.of(Calculation.LATEST, Calculation.SUM, Calculation.MEAN).get(i % 3);
    BigDecimal baseline = BigDecimal.valueOf(100);
    List<Target> targets = direction == Direction.RANGE
        ? List.of(new Target(LocalDate.of(2020, 1, 1), BigDecimal.valueOf(90), BigDecimal.valueOf(140)), new Target(LocalDate.of(2026, 10, 1), BigDecimal.valueOf(100), BigDecimal.valueOf(150)))
        : List.of(new Target(LocalDate.of(2022, 10, 1), BigDecimal.valueOf(direction == Direction.INCREASE ? 150 : 60), null),
            new Target(LocalDate.of(2028, 10, 1), BigDecimal.valueOf(direction == Direction.INCREASE ? 200 + random.nextInt(50) : 30), null));
    return new Indicator(stableId(missionId + "/indicator/" + i), missionId, String.format("B-%03d", i + 1), new Texts("Benchmark indicator " + (i + 1), null, null), null, "units",
        direction, calculation, Periodicity.QUARTERLY, List.of("age group"), null, null, WRITER, null, null, baseline, LocalDate.of(2016, 12, 31), targets, 1);
  }

  private static Actual actual(Indicator indicator, LocalDate period, String group, BigDecimal value) {
    String id = stableId(indicator.id() + "/" + period + "/" + group);
    return new Actual(id, indicator.id(), period, group, value, "Registry", null, Verification.REPORTED, null, "bench", "Bench", WRITER, NOW, 1);
  }

  private static List<String> layer(List<ChangeNode> nodes, String missionId, NodeKind kind, int count, String title) {
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String id = stableId(missionId + "/step/" + title + "/" + n);
      nodes.add(new ChangeNode(id, kind, title + " " + (n + 1), null, null, 1));
      ids.add(id);
    }
    return ids;
  }

  /** Each step of {@code from} leads to {@code fanOut} distinct steps of {@code to}. */
  private static void connect(List<ChangeLink> links, List<String> from, List<String> to, int fanOut, Random random) {
    for (String a : from) {
      List<String> chosen = new ArrayList<>();
      while (chosen.size() < Math.min(fanOut, to.size())) {
        String b = to.get(random.nextInt(to.size()));
        if (!chosen.contains(b)) {
          chosen.add(b);
          links.add(new ChangeLink(stableId("link/" + a + "/" + b), a, b, null, random.nextBoolean() ? "Evaluation 2024" : null, 1));
        }
      }
    }
  }
}

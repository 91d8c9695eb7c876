package org.missionhub.plugin.roadmap.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.missionhub.plugin.roadmap.model.Budget;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.DependencyKind;
import org.missionhub.plugin.roadmap.model.Horizon;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.InitiativeType;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Lifecycle;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.MilestoneState;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Rag;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * Writes a mission's portfolio of a given size with the plugin's own {@link RoadmapWriter}, seeded: the
 * same seed and size give the same rows on H2 and on PostgreSQL, run after run. Issue 14's size is
 * {@link #FULL}: 5 objectives, 500 initiatives owned by 10 organisations (the lead owns most) with
 * contributors and the objectives they serve, 5,000 milestones (a few the mission's own, the rest spread
 * over the initiatives, due within their dates) and 2,000 dependencies.
 *
 * <p>The dependencies form a DAG by construction: the dated items are put in one order (start date, then
 * kind and id) and every dependency goes from an earlier item to a later one. Most successors start after
 * their predecessor finishes (or starts, for start-to-start); about one in seven is picked among the next
 * items without that care, so some of those are broken, as in a real portfolio whose plans slipped.
 *
 * <p>Rows are written one by one (the writer has no batch form; an initiative's objectives and
 * contributors go in one batch each), in the caller's transaction: the caller commits.
 */
public final class BenchPortfolio {

  /** How much a portfolio holds. */
  public record Size(int objectives, int initiatives, int milestones, int dependencies, int organisations) {

    @Override
    public String toString() {
      return objectives + " objectives, " + initiatives + " initiatives, " + milestones + " milestones, " + dependencies + " dependencies, " + organisations + " organisations";
    }
  }

  /** Issue 14's performance goal. */
  public static final Size FULL = new Size(5, 500, 5_000, 2_000, 10);
  /** A hundredth of it, to show the number of statements does not grow with the portfolio. */
  public static final Size SMALL = new Size(5, 5, 50, 20, 3);

  /** When the rows are written ("now" for created_at and updated_at): fixed, so every run writes the same. */
  public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final String[] TOPICS = {
    "district heating", "cycle lanes", "building retrofits", "rooftop solar", "green procurement", "bus electrification", "circular construction",
    "urban trees", "energy communities", "heat pumps", "citizen assemblies", "climate budget", "port electrification", "waste sorting", "data platform"
  };
  private static final String[] TAGS = {"energy", "mobility", "buildings", "waste", "nature", "finance", "citizens", "data"};
  private static final int WINDOW = 400;

  private BenchPortfolio() {}

  /** A stable id (a name-based UUID), the same on every run. */
  public static String stableId(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The organisations of a mission written by {@link #write}, the lead first. */
  public static List<String> organisations(String missionId, Size size) {
    List<String> organisations = new ArrayList<>();
    for (int i = 0; i < size.organisations(); i++) {
      organisations.add(stableId(missionId + "/organisation/" + i));
    }
    return organisations;
  }

  /** Writes the portfolio of the mission on the connection (not committed). */
  public static void write(Connection c, String missionId, Size size, long seed) throws SQLException {
    new Writing(c, missionId, size, new Random(seed)).run();
  }

  private record Item(ItemRef ref, LocalDate start, LocalDate finish) {}

  private static final class Writing {
    private final Connection c;
    private final String missionId;
    private final Size size;
    private final Random random;
    private final RoadmapWriter writer = new RoadmapWriter();
    private final List<String> organisations;
    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();

    Writing(Connection c, String missionId, Size size, Random random) {
      this.c = c;
      this.missionId = missionId;
      this.size = size;
      this.random = random;
      this.organisations = organisations(missionId, size);
    }

    void run() throws SQLException {
      List<String> objectives = objectives();
      for (int i = 1; i <= size.initiatives(); i++) {
        Initiative initiative = initiative(i, objectives);
        writer.insert(c, initiative.owner(), initiative, NOW);
        initiatives.add(initiative);
      }
      for (int i = 1; i <= size.milestones(); i++) {
        Milestone milestone = milestone(i);
        writer.insert(c, milestone.owner(), milestone, NOW);
        milestones.add(milestone);
      }
      dependencies();
    }

    private List<String> objectives() throws SQLException {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= size.objectives(); i++) {
        Objective objective =
            new Objective(
                stableId(missionId + "/objective/" + i), missionId, i, "Objective " + i + ": " + TOPICS[i % TOPICS.length],
                "Cut emissions from " + TOPICS[(i * 7) % TOPICS.length] + " by " + (20 + 10 * i) + " % against 2020", 2028 + i, 1);
        writer.insert(c, organisations.get(0), objective, NOW);
        ids.add(objective.id());
      }
      return ids;
    }

    private Initiative initiative(int n, List<String> objectives) {
      InitiativeType type = pick(InitiativeType.values());
      String owner = organisations.get(skewed(organisations.size()));
      List<String> contributors = new ArrayList<>(distinct(organisations, random.nextInt(4)));
      contributors.remove(owner);
      double servesNone = random.nextDouble();
      List<String> serves = servesNone < 0.05 ? List.of() : distinct(objectives, servesNone < 0.75 ? 1 : 2);
      LocalDate start = null;
      LocalDate end = null;
      double dated = random.nextDouble();
      if (dated >= 0.04) {
        start = FIRST.plusDays(random.nextInt(6 * 365));
        if (dated >= 0.07) {
          double horizon = random.nextDouble();
          int days = horizon < 0.45 ? 90 + random.nextInt(610) : horizon < 0.80 ? 730 + random.nextInt(1_070) : 1_900 + random.nextInt(1_700);
          end = start.plusDays(days);
        }
      }
      boolean byHand = random.nextDouble() < 0.02;
      Lifecycle lifecycle = weighted(Lifecycle.values(), 8, 12, 55, 5, 15, 5);
      Rag rag = weighted(Rag.values(), 60, 28, 12);
      Budget budget = null;
      if (random.nextDouble() < 0.7) {
        double currency = random.nextDouble();
        budget = new Budget(BigDecimal.valueOf(1_000_000L + (long) (random.nextDouble() * 500_000_000L), 2), Currency.getInstance(currency < 0.8 ? "EUR" : currency < 0.9 ? "DKK" : "GBP"));
      }
      boolean responsible = random.nextBoolean();
      int person = random.nextInt(200);
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      return new Initiative(
          stableId(missionId + "/initiative/" + n), missionId, "Initiative " + n + ": " + topic, random.nextDouble() < 0.6 ? "What it does about " + topic + ", where and with whom. ".repeat(3).strip() : null,
          type, owner, responsible ? "person-" + person : null, responsible ? "Person " + person : null, contributors, serves, start, end,
          byHand ? Horizon.LONG : null, byHand ? "A pilot that opens a longer programme" : null, lifecycle, rag, rag == Rag.GREEN ? null : "Waiting for " + TOPICS[random.nextInt(TOPICS.length)],
          budget, distinct(List.of(TAGS), random.nextInt(4)), NOW, 1);
    }

    private Milestone milestone(int n) {
      Initiative initiative = n % 50 == 0 ? null : initiatives.get(random.nextInt(initiatives.size()));
      LocalDate due;
      String owner;
      if (initiative == null) {
        due = FIRST.plusDays(random.nextInt(8 * 365));
        owner = organisations.get(0);
      } else {
        if (initiative.start() != null && initiative.end() != null) {
          long span = initiative.end().toEpochDay() - initiative.start().toEpochDay();
          due = initiative.start().plusDays((long) (random.nextDouble() * span * (random.nextDouble() < 0.1 ? 1.3 : 1.0)));
        } else if (initiative.start() != null) {
          due = initiative.start().plusDays(random.nextInt(720));
        } else {
          due = FIRST.plusDays(random.nextInt(6 * 365));
        }
        owner = initiative.contributors().isEmpty() || random.nextDouble() < 0.8 ? initiative.owner() : initiative.contributors().get(random.nextInt(initiative.contributors().size()));
      }
      MilestoneState state = due.isBefore(NOW.toLocalDate()) ? weighted(MilestoneState.values(), 10, 10, 70, 10) : weighted(MilestoneState.values(), 80, 20, 0, 0);
      return new Milestone(
          stableId(missionId + "/milestone/" + n), missionId, initiative == null ? null : initiative.id(), "Milestone " + n + (initiative == null ? " of the mission" : ""), due, owner, state, 1);
    }

    private void dependencies() throws SQLException {
      List<Item> items = new ArrayList<>();
      List<Integer> initiativeItems = new ArrayList<>();
      List<Integer> milestoneItems = new ArrayList<>();
      initiatives.stream().filter(i -> i.start() != null).forEach(i -> items.add(new Item(ItemRef.initiative(i.id()), i.start(), i.end())));
      milestones.forEach(m -> items.add(new Item(ItemRef.milestone(m.id()), m.due(), m.due())));
      // the one order every dependency follows (earlier to later): no cycle can form
      items.sort(Comparator.comparing(Item::start).thenComparing(i -> i.ref().kind()).thenComparing(i -> i.ref().id()));
      for (int i = 0; i < items.size(); i++) {
        (items.get(i).ref().kind() == ItemRef.Kind.INITIATIVE ? initiativeItems : milestoneItems).add(i);
      }
      Set<List<ItemRef>> pairs = new HashSet<>();
      int written = 0;
      for (int attempt = 0; written < size.dependencies() && attempt < size.dependencies() * 50; attempt++) {
        List<Integer> pool = initiativeItems.isEmpty() || random.nextDouble() < 0.6 ? milestoneItems : initiativeItems;
        int from = pool.get(random.nextInt(pool.size()));
        Item predecessor = items.get(from);
        DependencyKind kind = random.nextDouble() < 0.85 ? DependencyKind.FINISH_TO_START : DependencyKind.START_TO_START;
        int to;
        if (random.nextDouble() < 0.86) {
          // kept: the successor starts after what it waits for
          LocalDate after = kind == DependencyKind.FINISH_TO_START && predecessor.finish() != null ? predecessor.finish() : predecessor.start();
          int first = firstStartingAfter(items, after);
          if (first >= items.size()) {
            continue;
          }
          to = first + random.nextInt(Math.min(WINDOW, items.size() - first));
        } else {
          // careless: any of the next items, broken if it starts before the predecessor allows
          if (from + 1 >= items.size()) {
            continue;
          }
          to = from + 1 + random.nextInt(Math.min(WINDOW, items.size() - from - 1));
        }
        Item successor = items.get(to);
        if (to <= from || !pairs.add(List.of(predecessor.ref(), successor.ref()))) {
          continue;
        }
        written++;
        writer.insert(c, organisations.get(0), new Dependency(stableId(missionId + "/dependency/" + written), missionId, predecessor.ref(), successor.ref(), kind), NOW.plusSeconds(written));
      }
      if (written < size.dependencies()) {
        throw new IllegalStateException("only " + written + " of " + size.dependencies() + " dependencies found room in " + size);
      }
    }

    /** The index of the first item starting after {@code date} (items sorted by start). */
    private static int firstStartingAfter(List<Item> items, LocalDate date) {
      int low = 0;
      int high = items.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (items.get(mid).start().isAfter(date)) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low;
    }

    /** An index below {@code n}, small ones likelier: the lead and a few partners own most initiatives. */
    private int skewed(int n) {
      double r = random.nextDouble();
      return Math.min(n - 1, (int) (n * r * r));
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T weighted(T[] values, int... weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int r = random.nextInt(total);
      for (int i = 0; i < values.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return values[i];
        }
      }
      throw new IllegalStateException();
    }

    private <T> List<T> distinct(List<T> values, int count) {
      List<T> shuffled = new ArrayList<>(values);
      Collections.shuffle(shuffled, random);
      return List.copyOf(new LinkedHashSet<>(shuffled.subList(0, Math.min(count, shuffled.size()))));
    }
  }
}

package org.missionhub.plugin.funding.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.missionhub.api.mission.ChallengeArea;
import org.missionhub.api.mission.GovernanceMode;
import org.missionhub.api.mission.MissionFacts;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionOrganisation;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.api.mission.PartnerStatus;
import org.missionhub.api.organisation.OrganisationFacts;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationType;
import org.missionhub.plugin.funding.FundingPlugin;
import org.missionhub.plugin.funding.iati.IatiActivities;
import org.missionhub.plugin.funding.model.Alerts;
import org.missionhub.plugin.funding.model.FundingPlan;
import org.missionhub.plugin.funding.model.Mix;
import org.missionhub.plugin.funding.store.FundingStore;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;
import org.missionhub.plugin.testkit.InMemoryH2;
import org.missionhub.plugin.testkit.PluginMigrations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 16's goal: for a mission of 100,000 flows across 500 initiatives and 50 funders
 * ({@link BenchFunding#FULL}), the gap analysis and the mix well under a second, with a statement count that
 * does not grow with the plan, and the IATI export streamed.
 *
 * <ul>
 *   <li>{@link #read}: the plan as the tab and {@code GET .../funding} read it, on in-memory H2 with the
 *       plugin's migrations (five statements);
 *   <li>in memory, on the plan read once: {@link #gaps} (the gap per initiative), {@link #mix} (by type of
 *       source), {@link #alerts} (budget cycles that do not fit and "when must we ask") and {@link #iati} (the
 *       IATI 2.03 file written to a stream that only counts its bytes).
 * </ul>
 *
 * Run it with {@code bash infra/bench-funding.sh} or directly with JMH ({@code org.openjdk.jmh.Main FundingBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FundingBenchmark {

  private static final String MISSION = "00000000-0000-4000-8000-0000000b0016";
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private Connection connection;
  private FundingPlan plan;
  private List<PortfolioInitiative> roadmap;
  private List<String> ids;
  private IatiActivities.Mission mission;
  private final FundingStore store = new FundingStore();

  @Setup(Level.Trial)
  public void open() throws SQLException {
    connection = InMemoryH2.open("funding-bench", new PluginMigrations("db/migration/funding", FundingPlugin.class));
    BenchFunding.FULL.write(connection, MISSION);
    connection.commit();
    plan = store.plan(connection, MISSION);
    if (plan.flows().size() != BenchFunding.FULL.flows() || plan.funders().size() != BenchFunding.FULL.funders()) {
      throw new IllegalStateException("the benchmark plan is not whole");
    }
    roadmap = BenchFunding.FULL.roadmap();
    ids = roadmap.stream().map(PortfolioInitiative::id).toList();
    OrganisationFacts lead = new OrganisationFacts(OrganisationId.of(BenchFunding.WRITER), "lead", "Ministry", OrganisationType.NATIONAL_GOVERNMENT, "DK", 1,
        "DK-CVR-20228799");
    mission = new IatiActivities.Mission(new MissionFacts(MissionId.of(MISSION), "Benchmark mission", lead.id(), ChallengeArea.HEALTH_WELLBEING, GovernanceMode.TOP_DOWN,
        MissionPhase.IN_PROGRESS), "A mission of 100,000 flows", List.of(new MissionOrganisation(lead, true, PartnerStatus.ACCEPTED)));
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    InMemoryH2.shutdown(connection);
  }

  @Benchmark
  public FundingPlan read() throws SQLException {
    return store.plan(connection, MISSION);
  }

  @Benchmark
  public Object gaps() {
    return plan.gaps(ids);
  }

  @Benchmark
  public Mix mix() {
    return Mix.of(plan);
  }

  @Benchmark
  public Object alerts() {
    Alerts alerts = new Alerts(plan, ids, TODAY);
    return List.of(alerts.alerts(), alerts.deadlines(18));
  }

  @Benchmark
  public long iati() throws XMLStreamException {
    Counting out = new Counting();
    new IatiActivities(mission, plan, roadmap, OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC)).write(out);
    return out.bytes;
  }

  /** Where the IATI file goes: nowhere, its bytes counted. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      bytes += len;
    }
  }
}

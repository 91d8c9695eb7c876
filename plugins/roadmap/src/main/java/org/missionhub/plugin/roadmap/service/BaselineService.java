package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Baseline;
import org.missionhub.plugin.roadmap.model.BaselineChange;
import org.missionhub.plugin.roadmap.store.BaselineStore;
import org.missionhub.plugin.roadmap.store.PortfolioReader;

/**
 * Baselines of a mission's portfolio: kept and deleted by its leaders and coordinators, read and compared
 * with today by everyone in the mission.
 */
public final class BaselineService {

  /** A mission keeps a baseline per gate or year, not per day; beyond this, old ones are deleted first. */
  public static final int MAX_BASELINES = 50;

  private final MissionScope scope;
  private final RoadmapContext context;
  private final BaselineStore store = new BaselineStore();
  private final PortfolioReader reader = new PortfolioReader();
  private final Access access;

  public BaselineService(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public List<Baseline> list() {
    return scope.database().inTransaction(c -> store.list(c, mission()));
  }

  public Baseline get(String id) {
    return scope.database().inTransaction(c -> store.get(c, mission(), id)).orElseThrow(() -> PluginProblem.notFound("Baseline"));
  }

  /** The baseline and what changed since, read in one transaction so both describe the same moment. */
  public Comparison compare(String id) {
    return scope.database().inTransaction(c -> {
      Baseline baseline = store.get(c, mission(), id).orElseThrow(() -> PluginProblem.notFound("Baseline"));
      return new Comparison(baseline, BaselineChange.between(baseline, reader.read(c, mission())));
    });
  }

  public Baseline take(String name) {
    access.requireManage();
    FieldReader in = new FieldReader();
    String kept = in.text("name", name, 200, true);
    in.check();
    return scope.database().inTransaction(c -> {
      if (store.list(c, mission()).size() >= MAX_BASELINES) {
        throw PluginProblem.conflict("The mission keeps " + MAX_BASELINES + " baselines already; delete one it no longer needs");
      }
      Baseline baseline =
          Baseline.of(UUID.randomUUID().toString(), kept, reader.read(c, mission()), mission(), OffsetDateTime.now(context.clock()), scope.caller().displayName());
      store.insert(c, scope.organisationId().toString(), baseline);
      scope.audit(AuditRecord.created("baseline", baseline.id(), Map.of("name", kept, "items", Integer.toString(baseline.items().size()))));
      return baseline;
    });
  }

  public void delete(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Baseline before = store.get(c, mission(), id).orElseThrow(() -> PluginProblem.notFound("Baseline"));
      if (!store.delete(c, mission(), id, revision)) {
        throw PluginProblem.stale("The baseline");
      }
      scope.audit(AuditRecord.deleted("baseline", id, Map.of("name", before.name())));
      return null;
    });
  }

  /** A baseline with the changes between it and the portfolio today. */
  public record Comparison(Baseline baseline, List<BaselineChange> changes) {}

  private String mission() {
    return scope.missionId().toString();
  }
}

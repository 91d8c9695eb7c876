package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.DependencyGraph;
import org.missionhub.plugin.roadmap.model.DependencyKind;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.DependencyForm;
import org.missionhub.plugin.roadmap.service.Forms.ItemForm;
import org.missionhub.plugin.roadmap.service.Forms.ObjectiveForm;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * A mission's roadmap as a whole, for a request about the mission: reading it, its objectives and the
 * dependencies between its items. Every change is one transaction with its audit record.
 */
public final class RoadmapService {

  private final MissionScope scope;
  private final RoadmapContext context;
  private final PortfolioReader reader = new PortfolioReader();
  private final RoadmapWriter writer = new RoadmapWriter();
  private final Access access;

  public RoadmapService(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Portfolio portfolio() {
    return scope.database().inTransaction(c -> reader.read(c, mission()));
  }

  public Access access() {
    return access;
  }

  public Objective addObjective(ObjectiveForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      int position = form != null && form.position() != null ? form.position() : portfolio.objectives().size() + 1;
      Objective objective = objective(UUID.randomUUID().toString(), form, position, 1);
      writer.insert(c, writer(), objective, now());
      scope.audit(AuditRecord.created("objective", objective.id(), state(objective)));
      return objective;
    });
  }

  public Objective updateObjective(String id, long revision, ObjectiveForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      Objective before = reader.read(c, mission()).objective(id).orElseThrow(() -> PluginProblem.notFound("Objective"));
      Objective after = objective(id, form, form != null && form.position() != null ? form.position() : before.position(), revision + 1);
      if (!writer.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The objective");
      }
      scope.audit(AuditRecord.updated("objective", id, state(before), state(after)));
      return after;
    });
  }

  /** Deletes an objective; initiatives that served it keep serving the others. */
  public void deleteObjective(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Objective before = reader.read(c, mission()).objective(id).orElseThrow(() -> PluginProblem.notFound("Objective"));
      if (!writer.delete(c, RoadmapWriter.Table.OBJECTIVE, mission(), id, revision)) {
        throw PluginProblem.stale("The objective");
      }
      scope.audit(AuditRecord.deleted("objective", id, state(before)));
      return null;
    });
  }

  /** Adds a dependency between two items of the roadmap; one that would close a cycle is refused, naming it. */
  public Dependency addDependency(DependencyForm form) {
    access.requireManage();
    FieldReader in = new FieldReader();
    ItemRef predecessor = item(in, "predecessor", form == null ? null : form.predecessor());
    ItemRef successor = item(in, "successor", form == null ? null : form.successor());
    DependencyKind kind = in.choice("kind", form == null ? null : form.kind(), DependencyKind.class, DependencyKind.FINISH_TO_START);
    in.check();
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      FieldReader found = new FieldReader();
      if (!portfolio.contains(predecessor)) {
        found.problem("predecessor", "no " + predecessor + " in this mission's roadmap");
      }
      if (!portfolio.contains(successor)) {
        found.problem("successor", "no " + successor + " in this mission's roadmap");
      }
      found.check();
      if (predecessor.equals(successor)) {
        throw PluginProblem.invalid("successor", "an item cannot depend on itself");
      }
      if (portfolio.dependencies().stream().anyMatch(d -> d.predecessor().equals(predecessor) && d.successor().equals(successor))) {
        throw PluginProblem.conflict(successor + " already depends on " + predecessor);
      }
      Optional<List<ItemRef>> cycle = new DependencyGraph(portfolio.dependencies()).cycleClosedBy(predecessor, successor);
      if (cycle.isPresent()) {
        throw PluginProblem.invalid(
            "successor", "the dependency " + predecessor + " -> " + successor + " would close a cycle: " + String.join(" -> ", cycle.get().stream().map(ItemRef::toString).toList()));
      }
      Dependency dependency = new Dependency(UUID.randomUUID().toString(), mission(), predecessor, successor, kind);
      writer.insert(c, writer(), dependency, now());
      scope.audit(AuditRecord.created("dependency", dependency.id(), Map.of("predecessor", predecessor.toString(), "successor", successor.toString(), "kind", kind.name())));
      return dependency;
    });
  }

  public void deleteDependency(String id) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Dependency before = reader.read(c, mission()).dependencies().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> PluginProblem.notFound("Dependency"));
      writer.delete(c, RoadmapWriter.Table.DEPENDENCY, mission(), id, null);
      scope.audit(AuditRecord.deleted("dependency", id, Map.of("predecessor", before.predecessor().toString(), "successor", before.successor().toString())));
      return null;
    });
  }

  private Objective objective(String id, ObjectiveForm form, int position, long revision) {
    FieldReader in = new FieldReader();
    String title = in.text("title", form == null ? null : form.title(), 200, true);
    String statement = in.text("statement", form == null ? null : form.statement(), 2000, false);
    Integer dueYear = form == null ? null : form.dueYear();
    if (dueYear != null && (dueYear < 2000 || dueYear > 2100)) {
      in.problem("dueYear", "must be a year between 2000 and 2100");
    }
    if (position < 1 || position > 1000) {
      in.problem("position", "must be between 1 and 1000");
    }
    in.check();
    return new Objective(id, mission(), position, title, statement, dueYear, revision);
  }

  private static ItemRef item(FieldReader in, String field, ItemForm form) {
    if (form == null || form.id() == null || form.id().isBlank()) {
      in.problem(field, "name an item: {\"kind\": \"INITIATIVE\" or \"MILESTONE\", \"id\": ...}");
      return null;
    }
    ItemRef.Kind kind = in.choice(field + ".kind", form.kind(), ItemRef.Kind.class, null);
    return kind == null ? null : new ItemRef(kind, form.id().strip());
  }

  private static Map<String, String> state(Objective o) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("title", o.title());
    state.put("position", Integer.toString(o.position()));
    if (o.dueYear() != null) {
      state.put("dueYear", o.dueYear().toString());
    }
    return state;
  }

  private String mission() {
    return scope.missionId().toString();
  }

  private String writer() {
    return scope.organisationId().toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(context.clock());
  }
}

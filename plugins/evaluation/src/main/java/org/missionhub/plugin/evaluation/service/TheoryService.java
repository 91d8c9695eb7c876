package org.missionhub.plugin.evaluation.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.Board;
import org.missionhub.plugin.evaluation.model.ChangeLink;
import org.missionhub.plugin.evaluation.model.ChangeNode;
import org.missionhub.plugin.evaluation.model.Indicator;
import org.missionhub.plugin.evaluation.model.NodeKind;
import org.missionhub.plugin.evaluation.model.Progress;
import org.missionhub.plugin.evaluation.model.RollUp;
import org.missionhub.plugin.evaluation.model.TheoryCheck;
import org.missionhub.plugin.evaluation.model.TheoryOfChange;
import org.missionhub.plugin.evaluation.service.Forms.LinkForm;
import org.missionhub.plugin.evaluation.service.Forms.NodeForm;
import org.missionhub.plugin.evaluation.store.IndicatorStore;
import org.missionhub.plugin.evaluation.store.TheoryReader;
import org.missionhub.plugin.evaluation.store.TheoryStore;
import org.missionhub.plugin.roadmap.api.PortfolioInitiative;

/**
 * The mission's theory of change: read with its checks and progress rolled up along it, and changed by the
 * mission's leaders and coordinators. A link that would close a cycle, lead back to a lower kind of step or
 * repeat another is refused naming the field; every change is one transaction with its audit record.
 */
public final class TheoryService {

  /** The theory as a reader sees it: the graph, the roadmap's initiatives, the checks and the roll-up. */
  public record View(TheoryOfChange theory, List<PortfolioInitiative> initiatives, Map<String, String> indicatorNodes, List<Indicator> indicators, List<TheoryCheck> checks,
      RollUp rollUp) {

    /** A step's title as it reads today: an initiative's is the roadmap's. */
    public String title(ChangeNode node) {
      return node.initiativeId() == null ? node.title() : initiatives.stream().filter(i -> i.id().equals(node.initiativeId())).map(PortfolioInitiative::title).findFirst().orElse(node.title());
    }

    public List<Indicator> indicatorsOf(String nodeId) {
      return indicators.stream().filter(i -> nodeId.equals(indicatorNodes.get(i.id()))).toList();
    }
  }

  /** The {@code to} of a link to the mission target. */
  public static final String TARGET = "target";

  private final MissionScope scope;
  private final EvaluationContext context;
  private final TheoryStore store = new TheoryStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final TheoryReader reader = new TheoryReader();
  private final Access access;

  public TheoryService(MissionScope scope, EvaluationContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Access access() {
    return access;
  }

  public View view() {
    List<PortfolioInitiative> initiatives = context.roadmap().initiatives(scope);
    TheoryReader.TheoryData data = scope.database().inTransaction(c -> reader.read(c, mission()));
    return view(data, initiatives);
  }

  /** The view of what was read: checks against the roadmap's initiatives, and the roll-up. */
  public static View view(TheoryReader.TheoryData data, List<PortfolioInitiative> initiatives) {
    Board board = data.board();
    Map<String, Progress> progress = new LinkedHashMap<>();
    board.indicators().forEach(i -> progress.put(i.id(), board.progress(i)));
    Map<String, String> running = new LinkedHashMap<>();
    initiatives.stream().filter(i -> !i.stopped()).forEach(i -> running.put(i.id(), i.title()));
    List<TheoryCheck> checks = data.theory().checks(running, initiatives.stream().map(PortfolioInitiative::id).collect(Collectors.toSet()));
    return new View(data.theory(), initiatives, data.indicatorNodes(), board.indicators(), checks, new RollUp(data.theory(), data.indicatorNodes(), progress));
  }

  /** The steps some indicator measures, in the theory's order: what the learning log can be filtered by. */
  public List<ChangeNode> measuredSteps() {
    return scope.database().inTransaction(c -> {
      java.util.Set<String> measured = new java.util.HashSet<>(store.indicatorNodes(c, mission()).values());
      return store.read(c, mission()).nodes().stream().filter(n -> measured.contains(n.id())).toList();
    });
  }

  public ChangeNode addNode(NodeForm form) {
    access.requireManage();
    List<PortfolioInitiative> initiatives = context.roadmap().initiatives(scope);
    return scope.database().inTransaction(c -> {
      TheoryOfChange theory = store.read(c, mission());
      List<Indicator> all = indicators.all(c, mission());
      Fields f = new Fields();
      ChangeNode node = node(f, UUID.randomUUID().toString(), form, theory, initiatives, 1);
      List<String> measured = measured(f, form, all);
      f.check();
      store.insert(c, writer(), mission(), node, now());
      store.measure(c, writer(), mission(), node.id(), measured);
      scope.audit(AuditRecord.created("theory-step", node.id(), state(node, measured)));
      return node;
    });
  }

  public ChangeNode updateNode(String id, long revision, NodeForm form) {
    access.requireManage();
    List<PortfolioInitiative> initiatives = context.roadmap().initiatives(scope);
    return scope.database().inTransaction(c -> {
      TheoryOfChange theory = store.read(c, mission());
      ChangeNode before = theory.node(id).orElseThrow(() -> PluginProblem.notFound("Step"));
      List<Indicator> all = indicators.all(c, mission());
      Map<String, String> indicatorNodes = store.indicatorNodes(c, mission());
      Fields f = new Fields();
      ChangeNode after = node(f, id, form, theory, initiatives, revision + 1);
      List<String> measured = measured(f, form, all);
      f.check(); // the kind and title first: the links below are checked against a valid step
      for (ChangeLink link : theory.from(id)) {
        Optional<NodeKind> to = theory.node(link.to()).map(ChangeNode::kind);
        if (to.isPresent() && to.get().level() < after.kind().level()) {
          f.problem("kind", "an " + after.kind().name().toLowerCase() + " cannot lead to the " + to.get().name().toLowerCase() + " it leads to now; change that link first");
        }
      }
      for (ChangeLink link : theory.into(id)) {
        NodeKind from = theory.node(link.from()).orElseThrow().kind();
        if (from.level() > after.kind().level()) {
          f.problem("kind", "the " + from.name().toLowerCase() + " that leads to it cannot lead to an " + after.kind().name().toLowerCase() + "; change that link first");
        }
      }
      f.check();
      if (!store.update(c, writer(), mission(), after, revision, now())) {
        throw PluginProblem.stale("The step");
      }
      store.measure(c, writer(), mission(), id, measured);
      List<String> measuredBefore = indicatorNodes.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).toList();
      scope.audit(AuditRecord.updated("theory-step", id, state(before, measuredBefore), state(after, measured)));
      return after;
    });
  }

  /** Removes a step with its links; its indicators measure no step until linked again. */
  public void deleteNode(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      ChangeNode before = store.read(c, mission()).node(id).orElseThrow(() -> PluginProblem.notFound("Step"));
      if (!store.delete(c, mission(), "evaluation_node", id, revision)) {
        throw PluginProblem.stale("The step");
      }
      scope.audit(AuditRecord.deleted("theory-step", id, state(before, List.of())));
      return null;
    });
  }

  public ChangeLink addLink(LinkForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      TheoryOfChange theory = store.read(c, mission());
      ChangeLink link = link(UUID.randomUUID().toString(), form, theory, null, 1);
      store.insert(c, writer(), mission(), link, now());
      scope.audit(AuditRecord.created("theory-link", link.id(), state(link)));
      return link;
    });
  }

  public ChangeLink updateLink(String id, long revision, LinkForm form) {
    access.requireManage();
    return scope.database().inTransaction(c -> {
      TheoryOfChange theory = store.read(c, mission());
      ChangeLink before = theory.link(id).orElseThrow(() -> PluginProblem.notFound("Link"));
      ChangeLink after = link(id, form, theory, id, revision + 1);
      if (!store.update(c, writer(), mission(), after, revision, now())) {
        throw PluginProblem.stale("The link");
      }
      scope.audit(AuditRecord.updated("theory-link", id, state(before), state(after)));
      return after;
    });
  }

  public void deleteLink(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      ChangeLink before = store.read(c, mission()).link(id).orElseThrow(() -> PluginProblem.notFound("Link"));
      if (!store.delete(c, mission(), "evaluation_link", id, revision)) {
        throw PluginProblem.stale("The link");
      }
      scope.audit(AuditRecord.deleted("theory-link", id, state(before)));
      return null;
    });
  }

  private ChangeNode node(Fields f, String id, NodeForm form, TheoryOfChange theory, List<PortfolioInitiative> initiatives, long revision) {
    NodeForm given = form == null ? new NodeForm(null, null, null, null, null) : form;
    NodeKind kind = f.choice("kind", given.kind(), NodeKind.class, null);
    String description = f.text("description", given.description(), 2000, false);
    if (kind != NodeKind.INITIATIVE) {
      if (given.initiative() != null && !given.initiative().isBlank()) {
        f.problem("initiative", "only an initiative step names a roadmap initiative");
      }
      String title = f.text("title", given.title(), 300, kind != null);
      return kind == null || title == null ? null : new ChangeNode(id, kind, title, description, null, revision);
    }
    String wanted = given.initiative() == null ? "" : given.initiative().strip();
    PortfolioInitiative initiative = initiatives.stream().filter(i -> i.id().equals(wanted)).findFirst().orElse(null);
    if (initiative == null) {
      f.problem("initiative", wanted.isEmpty() ? "is required for an initiative step" : "names no initiative of this mission's roadmap");
      return null;
    }
    Optional<ChangeNode> already = theory.forInitiative(initiative.id());
    if (already.isPresent() && !already.get().id().equals(id)) {
      f.problem("initiative", "is already a step of the theory of change");
    }
    return new ChangeNode(id, kind, initiative.title(), description, initiative.id(), revision);
  }

  private static List<String> measured(Fields f, NodeForm form, List<Indicator> all) {
    List<String> ids = new ArrayList<>();
    List<String> given = form == null || form.indicators() == null ? List.of() : form.indicators();
    for (int i = 0; i < given.size(); i++) {
      String wanted = given.get(i) == null ? "" : given.get(i).strip();
      Optional<Indicator> found = all.stream().filter(x -> x.id().equals(wanted) || x.code().equalsIgnoreCase(wanted)).findFirst();
      if (found.isEmpty()) {
        f.problem("indicators[" + i + "]", "names no indicator of this mission");
      } else if (!ids.contains(found.get().id())) {
        ids.add(found.get().id());
      }
    }
    return ids;
  }

  private ChangeLink link(String id, LinkForm form, TheoryOfChange theory, String ignoring, long revision) {
    LinkForm given = form == null ? new LinkForm(null, null, null, null) : form;
    Fields f = new Fields();
    Optional<ChangeNode> from = theory.node(given.from() == null ? null : given.from().strip());
    if (from.isEmpty()) {
      f.problem("from", "must be a step of this theory of change");
    }
    String toText = given.to() == null ? "" : given.to().strip();
    boolean toTarget = toText.equalsIgnoreCase(TARGET);
    Optional<ChangeNode> to = toTarget ? Optional.empty() : theory.node(toText);
    if (!toTarget && to.isEmpty()) {
      f.problem("to", "must be a step of this theory of change, or \"target\" for the mission target");
    }
    String assumptions = f.text("assumptions", given.assumptions(), 2000, false);
    String evidence = f.text("evidence", given.evidence(), 2000, false);
    if (from.isPresent() && to.isPresent()) {
      ChangeNode a = from.get();
      ChangeNode b = to.get();
      if (a.id().equals(b.id())) {
        f.problem("to", "a step cannot lead to itself");
      } else if (b.kind().level() < a.kind().level()) {
        f.problem("to", "an " + a.kind().name().toLowerCase() + " cannot lead back to an " + b.kind().name().toLowerCase());
      } else if (b.kind().isAction()) {
        f.problem("to", "leads to an output, an outcome or the mission target, not to an " + b.kind().name().toLowerCase());
      }
    }
    if (from.isPresent() && (toTarget || to.isPresent()) && f.ok()) {
      String toId = toTarget ? null : to.get().id();
      boolean repeated = theory.from(from.get().id()).stream().anyMatch(l -> !l.id().equals(ignoring) && java.util.Objects.equals(l.to(), toId));
      if (repeated) {
        f.problem("to", "this link is already in the theory of change");
      }
      theory.cycleThrough(from.get().id(), toId, ignoring).ifPresent(path -> f.problem("to",
          "would close a cycle: " + path.stream().map(step -> theory.node(step).map(ChangeNode::title).orElse(step)).collect(Collectors.joining(" → ")) + " → "
              + theory.node(toId).map(ChangeNode::title).orElse(toId)));
    }
    f.check();
    return new ChangeLink(id, from.get().id(), toTarget ? null : to.get().id(), assumptions, evidence, revision);
  }

  private static Map<String, String> state(ChangeNode n, List<String> indicators) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("kind", n.kind().name());
    state.put("title", n.title());
    state.put("initiative", n.initiativeId() == null ? "" : n.initiativeId());
    state.put("indicators", String.join(",", indicators));
    return state;
  }

  private static Map<String, String> state(ChangeLink l) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("from", l.from());
    state.put("to", l.to() == null ? TARGET : l.to());
    state.put("evidenced", Boolean.toString(l.evidenced()));
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

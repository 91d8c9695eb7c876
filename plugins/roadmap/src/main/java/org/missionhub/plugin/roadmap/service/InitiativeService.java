package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.RagChange;
import org.missionhub.plugin.roadmap.service.Forms.InitiativeForm;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * The initiatives of a mission's portfolio: added by its leaders and coordinators (or by implementers for
 * their own organisation), changed by whoever may ({@link Access}), each RAG change kept with its reason.
 */
public final class InitiativeService {

  private final MissionScope scope;
  private final RoadmapContext context;
  private final PortfolioReader reader = new PortfolioReader();
  private final RoadmapWriter writer = new RoadmapWriter();
  private final Access access;

  public InitiativeService(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Initiative get(String id) {
    return scope.database().inTransaction(c -> find(reader.read(c, mission()), id));
  }

  public List<RagChange> ragHistory(String id) {
    return scope.database().inTransaction(c -> {
      find(reader.read(c, mission()), id);
      return reader.ragHistory(c, mission(), id);
    });
  }

  public Initiative add(InitiativeForm form) {
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      Initiative initiative = rules(portfolio).read(UUID.randomUUID().toString(), mission(), form, writer(), now(), 1);
      access.requireCreateFor(initiative.owner());
      writer.insert(c, writer(), initiative, now());
      writer.ragChanged(c, writer(), initiative, scope.caller().subject(), scope.caller().displayName(), now());
      scope.audit(AuditRecord.created("initiative", initiative.id(), state(initiative)));
      return initiative;
    });
  }

  public Initiative update(String id, long revision, InitiativeForm form) {
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      Initiative before = find(portfolio, id);
      access.requireEdit(before);
      Initiative after = rules(portfolio).read(id, mission(), form, before.owner(), now(), revision + 1);
      if (!after.owner().equals(before.owner()) && !access.manages()) {
        throw PluginProblem.forbidden("Only the mission's leaders and coordinators hand an initiative to another organisation");
      }
      if (!writer.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The initiative");
      }
      if (after.rag() != before.rag() || !java.util.Objects.equals(after.ragReason(), before.ragReason())) {
        writer.ragChanged(c, writer(), after, scope.caller().subject(), scope.caller().displayName(), now());
      }
      new SlipWarnings(scope, context).compare(portfolio, portfolio.with(after));
      scope.audit(AuditRecord.updated("initiative", id, state(before), state(after)));
      return after;
    });
  }

  /** Deletes an initiative with its milestones and every dependency on them. */
  public void delete(String id, long revision) {
    access.requireManage();
    scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      Initiative before = find(portfolio, id);
      writer.deleteDependenciesOf(c, mission(), ItemRef.initiative(id));
      for (Milestone milestone : portfolio.milestones()) {
        if (id.equals(milestone.initiativeId())) {
          writer.deleteDependenciesOf(c, mission(), ItemRef.milestone(milestone.id()));
        }
      }
      if (!writer.delete(c, RoadmapWriter.Table.INITIATIVE, mission(), id, revision)) {
        throw PluginProblem.stale("The initiative");
      }
      scope.audit(AuditRecord.deleted("initiative", id, state(before)));
      return null;
    });
  }

  private InitiativeRules rules(Portfolio portfolio) {
    return new InitiativeRules(new MissionMembers(scope), portfolio);
  }

  private static Initiative find(Portfolio portfolio, String id) {
    return portfolio.initiative(id).orElseThrow(() -> PluginProblem.notFound("Initiative"));
  }

  static Map<String, String> state(Initiative i) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("title", i.title());
    state.put("type", i.type().name());
    state.put("owner", i.owner());
    state.put("lifecycle", i.lifecycle().name());
    state.put("rag", i.rag().name());
    if (i.start() != null) {
      state.put("start", i.start().toString());
    }
    if (i.end() != null) {
      state.put("end", i.end().toString());
    }
    if (i.budget() != null) {
      state.put("budget", i.budget().amount().toPlainString() + " " + i.budget().currency().getCurrencyCode());
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

package org.missionhub.plugin.roadmap.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.missionhub.api.plugin.AuditRecord;
import org.missionhub.api.plugin.MissionScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.roadmap.model.ItemRef;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.service.Forms.MilestoneForm;
import org.missionhub.plugin.roadmap.store.PortfolioReader;
import org.missionhub.plugin.roadmap.store.RoadmapWriter;

/**
 * Milestones: an initiative's, changed by whoever may change the initiative, or the mission's own, managed
 * by its leaders and coordinators. A milestone's owner is the initiative's owner unless a manager names
 * another organisation of the mission.
 */
public final class MilestoneService {

  private final MissionScope scope;
  private final RoadmapContext context;
  private final PortfolioReader reader = new PortfolioReader();
  private final RoadmapWriter writer = new RoadmapWriter();
  private final Access access;

  public MilestoneService(MissionScope scope, RoadmapContext context) {
    this.scope = scope;
    this.context = context;
    this.access = new Access(scope);
  }

  public Milestone add(MilestoneForm form) {
    return scope.database().inTransaction(c -> {
      Milestone milestone = read(reader.read(c, mission()), UUID.randomUUID().toString(), form, 1);
      writer.insert(c, writer(), milestone, now());
      scope.audit(AuditRecord.created("milestone", milestone.id(), state(milestone)));
      return milestone;
    });
  }

  public Milestone update(String id, long revision, MilestoneForm form) {
    return scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      Milestone before = portfolio.milestone(id).orElseThrow(() -> PluginProblem.notFound("Milestone"));
      requireEdit(portfolio, before.initiativeId());
      Milestone after = read(portfolio, id, form, revision + 1);
      if (!writer.update(c, writer(), after, revision, now())) {
        throw PluginProblem.stale("The milestone");
      }
      scope.audit(AuditRecord.updated("milestone", id, state(before), state(after)));
      new SlipWarnings(scope, context).compare(portfolio, portfolio.with(after));
      return after;
    });
  }

  public void delete(String id, long revision) {
    scope.database().inTransaction(c -> {
      Portfolio portfolio = reader.read(c, mission());
      Milestone before = portfolio.milestone(id).orElseThrow(() -> PluginProblem.notFound("Milestone"));
      requireEdit(portfolio, before.initiativeId());
      writer.deleteDependenciesOf(c, mission(), ItemRef.milestone(id));
      if (!writer.delete(c, RoadmapWriter.Table.MILESTONE, mission(), id, revision)) {
        throw PluginProblem.stale("The milestone");
      }
      scope.audit(AuditRecord.deleted("milestone", id, state(before)));
      return null;
    });
  }

  private Milestone read(Portfolio portfolio, String id, MilestoneForm form, long revision) {
    Milestone milestone = new MilestoneRules(new MissionMembers(scope), portfolio).read(id, mission(), form, writer(), revision);
    requireEdit(portfolio, milestone.initiativeId());
    return milestone;
  }

  private void requireEdit(Portfolio portfolio, String initiativeId) {
    if (initiativeId == null) {
      access.requireManage();
    } else {
      access.requireEdit(portfolio.initiative(initiativeId).orElseThrow(() -> PluginProblem.notFound("Initiative")));
    }
  }

  private static Map<String, String> state(Milestone m) {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("title", m.title());
    state.put("due", m.due().toString());
    state.put("state", m.state().name());
    state.put("owner", m.owner());
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

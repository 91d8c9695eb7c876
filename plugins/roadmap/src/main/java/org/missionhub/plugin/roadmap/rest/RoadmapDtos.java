package org.missionhub.plugin.roadmap.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionhub.plugin.roadmap.model.Dependency;
import org.missionhub.plugin.roadmap.model.Initiative;
import org.missionhub.plugin.roadmap.model.Milestone;
import org.missionhub.plugin.roadmap.model.Objective;
import org.missionhub.plugin.roadmap.model.Portfolio;
import org.missionhub.plugin.roadmap.model.RagChange;
import org.missionhub.plugin.roadmap.service.MissionMembers;

/** The roadmap as the API answers it: organisations by slug and name, what follows from the dates computed. */
public final class RoadmapDtos {

  private RoadmapDtos() {}

  public record OrganisationRef(String id, String slug, String name) {
    static OrganisationRef of(String id, MissionMembers members) {
      return members.known(id).map(o -> new OrganisationRef(id, o.slug(), o.name())).orElse(new OrganisationRef(id, null, "Former organisation"));
    }
  }

  public record ObjectiveDto(String id, int position, String title, String statement, Integer dueYear, long revision) {
    static ObjectiveDto of(Objective o) {
      return new ObjectiveDto(o.id(), o.position(), o.title(), o.statement(), o.dueYear(), o.revision());
    }
  }

  public record BudgetDto(BigDecimal amount, String currency) {}

  public record InitiativeDto(
      String id, String title, String description, String type, OrganisationRef owner, String responsible, String responsibleName,
      List<OrganisationRef> contributors, List<String> objectives, LocalDate start, LocalDate end, String horizon, boolean horizonSetByHand,
      String horizonReason, String lifecycle, String rag, String ragReason, BudgetDto budget, List<String> tags, MilestoneDto nextMilestone,
      OffsetDateTime updatedAt, long revision) {

    static InitiativeDto of(Initiative i, Portfolio portfolio, MissionMembers members) {
      return new InitiativeDto(
          i.id(), i.title(), i.description(), i.type().name(), OrganisationRef.of(i.owner(), members), i.responsibleSubject(), i.responsibleName(),
          i.contributors().stream().map(c -> OrganisationRef.of(c, members)).toList(), i.objectives(), i.start(), i.end(),
          i.horizon().map(Enum::name).orElse(null), i.horizonOverride() != null, i.horizonReason(), i.lifecycle().name(), i.rag().name(), i.ragReason(),
          i.budget() == null ? null : new BudgetDto(i.budget().amount(), i.budget().currency().getCurrencyCode()), i.tags(),
          portfolio == null ? null : portfolio.nextMilestone(i.id()).map(m -> MilestoneDto.of(m, members)).orElse(null),
          i.updatedAt(), i.revision());
    }
  }

  public record MilestoneDto(String id, String initiative, String title, LocalDate due, OrganisationRef owner, String state, long revision) {
    static MilestoneDto of(Milestone m, MissionMembers members) {
      return new MilestoneDto(m.id(), m.initiativeId(), m.title(), m.due(), OrganisationRef.of(m.owner(), members), m.state().name(), m.revision());
    }
  }

  public record ItemDto(String kind, String id) {}

  public record DependencyDto(String id, ItemDto predecessor, ItemDto successor, String kind, boolean broken) {
    static DependencyDto of(Dependency d, boolean broken) {
      return new DependencyDto(
          d.id(), new ItemDto(d.predecessor().kind().name(), d.predecessor().id()), new ItemDto(d.successor().kind().name(), d.successor().id()), d.kind().name(), broken);
    }
  }

  public record RagChangeDto(String rag, String reason, String changedBy, String changedByName, OffsetDateTime changedAt) {
    static RagChangeDto of(RagChange c) {
      return new RagChangeDto(c.rag().name(), c.reason(), c.changedBy(), c.changedByName(), c.changedAt());
    }
  }

  /** The whole roadmap: what the board, the timeline and the balance are drawn from. */
  public record PortfolioDto(
      List<ObjectiveDto> objectives, List<InitiativeDto> initiatives, List<MilestoneDto> milestones, List<DependencyDto> dependencies, int brokenDependencies,
      boolean canManage) {

    static PortfolioDto of(Portfolio p, MissionMembers members, boolean canManage) {
      Set<String> broken = p.brokenDependencies().stream().map(Dependency::id).collect(Collectors.toSet());
      return new PortfolioDto(
          p.objectives().stream().map(ObjectiveDto::of).toList(),
          p.initiatives().stream().map(i -> InitiativeDto.of(i, p, members)).toList(),
          p.milestones().stream().map(m -> MilestoneDto.of(m, members)).toList(),
          p.dependencies().stream().map(d -> DependencyDto.of(d, broken.contains(d.id()))).toList(),
          broken.size(),
          canManage);
    }
  }
}

package org.missionhub.plugin.roadmap.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.roadmap.service.OrganisationInitiatives;

/** {@code /api/v1/orgs/{slug}/roadmap}: the organisation's side of the roadmaps of its missions. */
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationRoadmapResource {

  /** An initiative the organisation owns or contributes to, in one of its missions. */
  public record OurInitiativeDto(
      String missionId, String missionTitle, String id, String title, boolean owned, String lifecycle, String rag, String ragReason,
      LocalDate start, LocalDate end, String nextMilestone, LocalDate nextMilestoneDue, long brokenDependencies) {}

  private final OrganisationScope scope;

  public OrganisationRoadmapResource(OrganisationScope scope) {
    this.scope = scope;
  }

  /** Every initiative the organisation owns or contributes to, across its missions. */
  @GET
  @Path("initiatives")
  public List<OurInitiativeDto> initiatives() {
    return new OrganisationInitiatives(scope).list().stream()
        .map(e -> new OurInitiativeDto(
            e.mission().id().toString(), e.mission().title(), e.initiative().id(), e.initiative().title(), e.owned(), e.initiative().lifecycle().name(),
            e.initiative().rag().name(), e.initiative().ragReason(), e.initiative().start(), e.initiative().end(),
            e.nextMilestone().map(m -> m.title()).orElse(null), e.nextMilestone().map(m -> m.due()).orElse(null), e.brokenDependencies()))
        .toList();
  }
}

package org.missionhub.plugin.evaluation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.evaluation.model.Coverage;
import org.missionhub.plugin.evaluation.store.CoverageReader;

/** {@code /api/v1/orgs/{slug}/evaluation}: the organisation's side of the evaluation of its missions. */
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationEvaluationResource {

  /**
   * The organisation's coverage: missions it takes part in, those with an approved M&E plan and their share
   * (percent), the titles of the others, and the percent of values due under the plans that were reported
   * (null while none is due).
   */
  public record CoverageDto(int missions, int withPlan, Integer planShare, List<String> withoutPlan, Integer reportedShare) {
    static CoverageDto of(Coverage c) {
      return new CoverageDto(c.missions(), c.withPlan(), c.planShare().isPresent() ? c.planShare().getAsInt() : null, c.withoutPlan(),
          c.reportedShare().isPresent() ? c.reportedShare().getAsInt() : null);
    }
  }

  private final OrganisationScope scope;
  private final CoverageReader coverage;
  private final Clock clock;

  public OrganisationEvaluationResource(OrganisationScope scope, CoverageReader coverage, Clock clock) {
    this.scope = scope;
    this.coverage = coverage;
    this.clock = clock;
  }

  @GET
  @Path("coverage")
  public CoverageDto coverage() {
    return CoverageDto.of(coverage.read(scope, LocalDate.now(clock)));
  }
}

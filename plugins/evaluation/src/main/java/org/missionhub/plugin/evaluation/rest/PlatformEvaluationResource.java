package org.missionhub.plugin.evaluation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.missionhub.api.plugin.PlatformScope;
import org.missionhub.api.plugin.PluginProblem;
import org.missionhub.plugin.evaluation.model.PlatformCoverage;
import org.missionhub.plugin.evaluation.service.PlatformCoverageService;

/** {@code /api/v1/platform/evaluation}: platform-wide figures, for platform administrators and benchmark analysts. */
@Produces(MediaType.APPLICATION_JSON)
public class PlatformEvaluationResource {

  /** Missions and those with an approved plan in a group (the lead's organisation type; null for all), and the percent. */
  public record ShareDto(String group, int missions, int withPlan, Integer percent) {
    static ShareDto of(PlatformCoverage.Share s) {
      return new ShareDto(s.group(), s.missions(), s.withPlan(), s.percent().isPresent() ? s.percent().getAsInt() : null);
    }
  }

  public record PlatformCoverageDto(ShareDto overall, List<ShareDto> byLeadType) {}

  private final PlatformScope scope;
  private final PlatformCoverageService coverage;

  public PlatformEvaluationResource(PlatformScope scope, PlatformCoverageService coverage) {
    this.scope = scope;
    this.coverage = coverage;
  }

  /** How many of the platform's current missions have an approved M&E plan, overall and by the lead's type. */
  @GET
  @Path("coverage")
  public PlatformCoverageDto coverage() {
    if (!scope.hasRole("PLATFORM_ADMIN") && !scope.hasRole("BENCHMARK_ANALYST")) {
      throw PluginProblem.forbidden("The platform's coverage is for platform administrators and benchmark analysts");
    }
    PlatformCoverage figures = coverage.read(scope);
    return new PlatformCoverageDto(ShareDto.of(figures.overall()), figures.byLeadType().stream().map(ShareDto::of).toList());
  }
}

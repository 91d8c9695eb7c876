package org.missionhub.plugin.funding.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.missionhub.api.plugin.OrganisationScope;
import org.missionhub.plugin.funding.rest.FundingDtos.MixDto;
import org.missionhub.plugin.funding.service.OrganisationFunding;

/** {@code /api/v1/orgs/{slug}/funding}: the funding of every mission the organisation takes part in. */
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationFundingResource {

  private final OrganisationScope scope;

  public OrganisationFundingResource(OrganisationScope scope) {
    this.scope = scope;
  }

  /** Where the money of the organisation's missions comes from, by type of source, one mix per currency. */
  @GET
  @Path("mix")
  public List<MixDto> mix() {
    return new OrganisationFunding(scope).mixes().stream().map(MixDto::of).toList();
  }
}

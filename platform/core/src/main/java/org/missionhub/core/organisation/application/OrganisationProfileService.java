package org.missionhub.core.organisation.application;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.OrganisationContext;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.TimeSource;

/** The request's organisation's own profile: every member reads it, an ORG_ADMIN edits it. */
@ApplicationService
public class OrganisationProfileService {

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject TimeSource time;
  @Inject OrganisationIdentity identity;

  public Organisation current() {
    OrganisationContext context = request.requireOrganisation();
    return organisations.find(context.id()).orElseThrow(() -> ApplicationException.notFound("Organisation"));
  }

  public Organisation update(long expectedVersion, @NotNull @Valid OrganisationProfile profile) {
    if (!request.requireOrganisation().isAdmin()) {
      throw ApplicationException.forbidden("Only an organisation administrator can edit the profile");
    }
    Organisation organisation = current();
    if (organisation.version() != expectedVersion) {
      throw ApplicationException.staleVersion("The organisation profile");
    }
    organisation.updateProfile(profile.name(), profile.type(), profile.country(), time.now());
    if (profile.fiscalYearStart() != null) {
      organisation.changeFiscalYearStart(profile.fiscalYearStart(), time.now());
    }
    if (profile.iatiIdentifier() != null) {
      organisation.changeIatiIdentifier(profile.iatiIdentifier(), time.now());
    }
    if (profile.sector() != null) {
      organisation.changeSector(profile.sector().isBlank() ? null : org.missionhub.api.organisation.Sector.valueOf(profile.sector()), time.now());
    }
    identity.changed(organisation);
    return organisation;
  }
}

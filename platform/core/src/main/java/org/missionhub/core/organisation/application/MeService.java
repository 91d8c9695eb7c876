package org.missionhub.core.organisation.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.application.ApplicationService;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.security.Caller;
import org.missionhub.core.security.RequestContext;
import org.missionhub.core.tenancy.Tenancy;

/**
 * "Who am I": the caller and the organisations they can work in, i.e. those their token lists AND whose
 * database membership they hold (suspended ones included, so the UI can say why they are unavailable).
 */
@ApplicationService
public class MeService {

  @Inject RequestContext request;
  @Inject OrganisationRepository organisations;
  @Inject People people;
  @Inject Tenancy tenancy;
  @Inject IdentityProvider identity;

  public Caller caller() {
    return request.caller();
  }

  /**
   * The active organisations the identity provider lists the caller in, whatever their current token says:
   * where they may switch to (signing in again for that organisation).
   */
  public List<Organisation> switchable() {
    Caller caller = request.caller();
    return organisations.findBySlugs(identity.organisationsOf(caller.subject())).stream()
        .filter(Organisation::isActive)
        .toList();
  }

  public List<MyOrganisation> myOrganisations() {
    Caller caller = request.caller();
    people.syncFrom(caller);
    List<MyOrganisation> mine = new ArrayList<>();
    for (Organisation organisation : organisations.findBySlugs(caller.organisationSlugs())) {
      if (organisation.status() == OrganisationStatus.PENDING) {
        continue;
      }
      tenancy
          .readAs(organisation.id(), em -> MembershipRepository.findBySubject(em, caller.subject()))
          .ifPresent(m -> mine.add(new MyOrganisation(organisation, m.role())));
    }
    return mine;
  }
}

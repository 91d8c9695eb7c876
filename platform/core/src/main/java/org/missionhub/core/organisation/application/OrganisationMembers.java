package org.missionhub.core.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.missionhub.api.organisation.OrganisationId;
import org.missionhub.api.organisation.OrganisationRole;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Who belongs to an organisation, read from any request or job (a workshop that invites it, a plugin telling its
 * administrators): the memberships are the organisation's own rows, read in that organisation as row-level security
 * demands, in the caller's transaction.
 */
@ApplicationScoped
public class OrganisationMembers {

  @Inject Tenancy tenancy;

  /** Every member's subject, in order. */
  public List<String> of(OrganisationId organisation) {
    return tenancy.readAs(organisation,
        em -> em.createQuery("SELECT m.person.subject FROM Membership m ORDER BY m.person.subject", String.class).getResultList());
  }

  /** The subjects of its administrators (ORG_ADMIN), in order. */
  public List<String> administrators(OrganisationId organisation) {
    return tenancy.readAs(organisation,
        em -> em.createQuery("SELECT m.person.subject FROM Membership m WHERE m.role = :admin ORDER BY m.person.subject", String.class)
            .setParameter("admin", OrganisationRole.ORG_ADMIN).getResultList());
  }
}

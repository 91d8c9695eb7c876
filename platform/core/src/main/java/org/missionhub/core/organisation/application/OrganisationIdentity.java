package org.missionhub.core.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.missionhub.api.organisation.OrganisationStatus;
import org.missionhub.core.identity.IdentityProvider;
import org.missionhub.core.identity.IdentityUser;
import org.missionhub.core.organisation.domain.Membership;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.organisation.domain.Person;
import org.missionhub.core.organisation.persistence.MembershipRepository;
import org.missionhub.core.organisation.persistence.OrganisationRepository;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.tenancy.Tenancy;

/**
 * Keeps the identity provider's view of an organisation in step with MissionHub's, MissionHub being the
 * writer: the organisation exists there (alias = slug), is enabled while active, and has exactly the
 * members MissionHub has. Used inside application services, so a failure rolls the change back.
 */
@ApplicationScoped
public class OrganisationIdentity {

  @Inject IdentityProvider identity;
  @Inject People people;
  @Inject OrganisationRepository organisations;
  @Inject Tenancy tenancy;

  /** The identity provider's organisation, created and linked if needed. */
  public String link(Organisation organisation) {
    return organisation
        .identityProviderId()
        .orElseGet(
            () -> {
              String id = identity.ensureOrganisation(organisation.slug(), organisation.name(), organisation.webDomain());
              organisation.linkIdentityProvider(id);
              return id;
            });
  }

  public void addMember(Organisation organisation, String subject) {
    identity.addMember(link(organisation), subject);
  }

  public void removeMember(Organisation organisation, String subject) {
    identity.removeMember(link(organisation), subject);
  }

  /**
   * The person's role in {@code here} is now {@code adminHere}: they sign in with a second factor exactly
   * while they administer an organisation, this one or another (the identity provider's realm role, see
   * {@link IdentityProvider#requireSecondFactor}).
   */
  public void secondFactor(Organisation here, String subject, boolean adminHere) {
    identity.requireSecondFactor(subject, adminHere || administersAnother(here, subject));
  }

  private boolean administersAnother(Organisation here, String subject) {
    for (Organisation other : organisations.findBySlugs(identity.organisationsOf(subject))) {
      if (!other.id().equals(here.id())
          && tenancy.readAs(other.id(), em -> MembershipRepository.findBySubject(em, subject)).map(Membership::isAdmin).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The organisation's name or status changed: the identity provider's organisation follows. */
  public void changed(Organisation organisation) {
    identity.updateOrganisation(link(organisation), organisation.name(), organisation.status() == OrganisationStatus.ACTIVE);
  }

  /** The person with this identity-provider account; name and e-mail come from the provider. */
  public Person personWithAccount(String field, String subject) {
    IdentityUser user =
        identity.user(subject).orElseThrow(() -> ApplicationException.invalid(field, "no MissionHub account has this id"));
    return people.findOrRecord(new PersonDetails(user.id(), user.displayName(), user.email()));
  }

  /**
   * The person whose account has this e-mail address, verified: an unverified address proves nothing
   * (anyone may register any address), so its owner is asked to verify it at their next sign-in and the
   * request is refused until then.
   */
  public Person personWithVerifiedEmail(String field, String email) {
    IdentityUser user =
        identity
            .userByEmail(email)
            .orElseThrow(
                () -> ApplicationException.invalid(field, "no MissionHub account has this e-mail; ask the person to register first"));
    if (!user.emailVerified()) {
      identity.requireEmailVerification(user.id());
      throw ApplicationException.invalid(
          field,
          "this e-mail address is not verified yet; its owner is asked to verify it at their next sign-in, then try again");
    }
    return people.findOrRecord(new PersonDetails(user.id(), user.displayName(), user.email()));
  }
}

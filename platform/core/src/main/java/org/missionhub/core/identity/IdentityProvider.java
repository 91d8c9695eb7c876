package org.missionhub.core.identity;

import java.util.List;
import java.util.Optional;
import org.missionhub.core.security.AccountStatus;

/**
 * What MissionHub needs from its identity provider. Keycloak is the implementation ({@link
 * KeycloakIdentityProvider}); the interface says in one place which of its capabilities MissionHub relies
 * on. Every method talks to the provider: failures raise a 503 problem and roll the caller's transaction
 * back.
 */
public interface IdentityProvider extends AccountStatus {

  /** The provider's organisation for this slug, created (and named) if it does not exist; returns its id. */
  String ensureOrganisation(String slug, String name, String domain);

  /** Sets the provider organisation's display name and whether its members can sign in to it. */
  void updateOrganisation(String organisationId, String name, boolean enabled);

  /** The users who are members of the provider's organisation. */
  List<IdentityUser> members(String organisationId);

  /** True if the provider still has an organisation with this id. */
  boolean organisationExists(String organisationId);

  /**
   * Deletes the provider's organisation (an organisation erased from MissionHub); its members' accounts
   * stay, they are the people's own. Deleting one that is already gone is no error.
   */
  void deleteOrganisation(String organisationId);

  /** Makes the user a member (nothing happens if they already are). */
  void addMember(String organisationId, String userId);

  /** Ends the user's membership (nothing happens if there is none). */
  void removeMember(String organisationId, String userId);

  Optional<IdentityUser> user(String userId);

  /** Aliases (MissionHub slugs) of the provider's organisations the user is a member of. */
  List<String> organisationsOf(String userId);

  Optional<IdentityUser> userByEmail(String email);

  /**
   * Asks the provider to e-mail an invitation to join the organisation to someone who has no account yet.
   * Returns false when the provider could not send it (typically: no SMTP server configured).
   */
  boolean invite(String organisationId, String email);

  /**
   * Asks the user to verify their e-mail address at their next sign-in (Keycloak's VERIFY_EMAIL required
   * action), so that an invitation waiting for that address can be accepted.
   */
  void requireEmailVerification(String userId);

  /**
   * Whether the person must sign in with a second factor: the realm role that the realm's sign-in flow asks
   * a second factor of ({@code missionhub.identity.second-factor-role}) is granted or taken away. People who
   * administer an organisation hold it; the platform roles include it in the realm.
   */
  void requireSecondFactor(String userId, boolean required);
}

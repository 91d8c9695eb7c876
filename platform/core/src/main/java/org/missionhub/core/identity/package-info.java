/**
 * MissionHub's side of the identity provider (Keycloak). MissionHub is the writer of organisations and
 * their memberships: it creates Keycloak Organizations (alias = slug), adds and removes their members, and
 * disables them when an organisation is suspended, through the admin REST API with a least-privilege
 * service account. {@link org.missionhub.core.identity.IdentityRepair} repairs drift (at start-up); {@link
 * org.missionhub.core.identity.IdentityProvider#isActive} ends a disabled person's access at their next
 * request.
 */
package org.missionhub.core.identity;

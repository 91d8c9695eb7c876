/**
 * Signing in to the UI: OpenID Connect against Keycloak (Jakarta Security's OpenID Connect mechanism, the
 * authorization code flow with the confidential client {@code missionhub-ui}), signing out of Keycloak too,
 * and turning the signed-in person into the same {@link org.missionhub.core.security.Caller} the API uses.
 */
package org.missionhub.ui.security;

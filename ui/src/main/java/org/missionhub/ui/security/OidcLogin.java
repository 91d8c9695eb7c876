package org.missionhub.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The UI signs people in with Keycloak. Scope {@code organization} makes Keycloak ask a person who belongs
 * to several organisations which one to work in (its organisation picker): a UI session works in one
 * organisation. Switching organisation signs in again for the chosen one (scope {@code organization:<slug>},
 * see {@link OidcSettings#getScope}; Keycloak remembers the person, no password asked). Signing out ends the
 * Keycloak session too ({@link SignOut}).
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidc.providerUri}",
    clientId = "${oidc.clientId}",
    clientSecret = "${oidc.clientSecret}",
    redirectURI = "${baseURL}/oidc-callback",
    redirectToOriginalResource = true,
    scopeExpression = "${oidc.scope}",
    tokenAutoRefresh = true,
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = false))
public class OidcLogin {}

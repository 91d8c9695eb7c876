package org.missionhub.core.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Every resource lives under {@code /api/v1} and needs a bearer JWT (MicroProfile JWT,
 * verified for signature, issuer, audience and expiry; server.xml binds it to {@code /api/} so that the UI's
 * OpenID Connect sign-in handles the other paths); the UI is served by Vaadin on the other paths.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "MissionHub API",
            version = "1",
            description =
                "Missions co-managed across organisations: organisations, members, missions, partners,"
                    + " mission roles, decisions, risks, governance bodies and the audit log."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class MissionHubApi extends Application {}

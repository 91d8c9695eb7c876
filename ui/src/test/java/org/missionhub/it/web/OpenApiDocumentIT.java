package org.missionhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionhub.it.support.Api;
import org.missionhub.it.support.ApiResponse;

/**
 * The published API description, read by a parser that is not the server's (swagger-parser): an OpenAPI 3.1
 * document without errors, describing the platform's endpoints with their operations and schemas.
 */
class OpenApiDocumentIT {

  private static SwaggerParseResult parsed() {
    ApiResponse document = Api.anonymous().send("GET", "/openapi", null, Map.of("Accept", "application/json"));
    assertThat(document.status()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document.body(), null, options);
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    SwaggerParseResult result = parsed();
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).startsWith("3.1");
    assertThat(api.getSpecVersion()).isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
  }

  @Test
  void itDescribesThePlatformsEndpointsWithTheirSchemas() {
    OpenAPI api = parsed().getOpenAPI();
    PathItem missions = api.getPaths().get("/api/v1/orgs/{slug}/missions");
    assertThat(missions).isNotNull();
    assertThat(missions.getGet()).isNotNull();
    assertThat(missions.getPost().getRequestBody()).isNotNull();
    assertThat(api.getPaths().keySet()).contains("/api/v1/orgs/{slug}/plugins/{pluginId}/data", "/api/v1/me");
    assertThat(api.getComponents().getSchemas()).isNotEmpty();
  }

  /** The plugins' endpoints (contract 1.3.0), read from their resource classes, with their parameters and schemas. */
  @Test
  void itDescribesThePluginsEndpoints() {
    OpenAPI api = parsed().getOpenAPI();
    PathItem notes = api.getPaths().get("/api/v1/orgs/{slug}/missions/{missionId}/notes/notes");
    assertThat(notes).isNotNull();
    assertThat(notes.getGet().getTags()).containsExactly("notes");
    assertThat(notes.getPost().getRequestBody().getContent()).containsKey("application/json");
    assertThat(notes.getGet().getParameters()).extracting(p -> p.getName()).contains("slug", "missionId");
    assertThat(api.getComponents().getSchemas()).containsKey("notes.Note");
    assertThat(api.getComponents().getSchemas().get("notes.Note").getProperties()).containsKeys("id", "text", "authorName", "createdAt");
    PathItem one = api.getPaths().get("/api/v1/orgs/{slug}/missions/{missionId}/notes/notes/{id}");
    assertThat(one.getGet().getResponses()).containsKeys("200", "404");
    // the survey plugin's, at all three mounts (its sub-resources followed)
    assertThat(api.getPaths().keySet())
        .filteredOn(path -> path.contains("/survey/"))
        .hasSizeGreaterThan(25)
        .anyMatch(path -> path.startsWith("/api/v1/platform/survey/campaigns/{id}"))
        .anyMatch(path -> path.startsWith("/api/v1/orgs/{slug}/missions/{missionId}/survey/"))
        .anyMatch(path -> path.startsWith("/api/v1/orgs/{slug}/survey/"));
    // a method answering with a Response says what it answers (@Returns): status and body schema
    var created = notes.getPost().getResponses().get("201");
    assertThat(created).as("notes POST answers 201").isNotNull();
    assertThat(created.getContent().get("application/json").getSchema().get$ref()).endsWith("notes.Note");
    var campaign = api.getPaths().get("/api/v1/platform/survey/campaigns/{id}").getGet().getResponses().get("200");
    assertThat(campaign.getContent().get("application/json").getSchema().get$ref()).endsWith("survey.CampaignDto");
  }
}

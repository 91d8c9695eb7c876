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
}

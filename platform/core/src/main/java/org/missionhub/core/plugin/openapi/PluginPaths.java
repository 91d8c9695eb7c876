package org.missionhub.core.plugin.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.missionhub.api.plugin.ResourceMount;
import org.missionhub.api.plugin.Returns;

/**
 * Adds one plugin's endpoints to the OpenAPI model: a path per endpoint under its mount, an operation
 * (tagged with the plugin's id) with the path, query and header parameters, the request body and the
 * response with their schemas, and the answers every plugin endpoint can give (404 for what the caller's
 * organisation cannot see, 400 with problem details for bad input).
 */
final class PluginPaths {

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  private final String pluginId;
  private final OpenAPI openApi;
  private final JsonSchemas schemas;

  PluginPaths(String pluginId, OpenAPI openApi) {
    this.pluginId = pluginId;
    this.openApi = openApi;
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    this.schemas = new JsonSchemas(pluginId, components);
    if (openApi.getPaths() == null) {
      openApi.setPaths(OASFactory.createPaths());
    }
  }

  void add(Map<ResourceMount, Class<?>> resources) {
    Paths paths = openApi.getPaths();
    // every endpoint first, in a fixed order, so that the operation ids are told apart the same way every time
    java.util.List<Mounted> endpoints = new java.util.ArrayList<>();
    resources.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(mounted -> ResourceScanner.scan(mounted.getKey().path(pluginId), mounted.getValue()).forEach(e -> endpoints.add(new Mounted(mounted.getKey(), e))));
    Map<String, Long> uses = endpoints.stream().collect(java.util.stream.Collectors.groupingBy(Mounted::baseId, java.util.stream.Collectors.counting()));
    Set<String> taken = new java.util.HashSet<>();
    for (Mounted mounted : endpoints) {
      ResourceScanner.Endpoint endpoint = mounted.endpoint();
      PathItem item = paths.getPathItem(endpoint.path());
      if (item == null) {
        item = OASFactory.createPathItem();
        paths.addPathItem(endpoint.path(), item);
      }
      Operation operation = operation(endpoint, operationId(mounted, uses.get(mounted.baseId()) > 1, taken));
      if (mounted.mount() == ResourceMount.PUBLIC) {
        operation.setSecurity(java.util.List.of()); // read without a token (contract 1.14.0)
      }
      item.setOperation(PathItem.HttpMethod.valueOf(endpoint.httpMethod().toUpperCase(Locale.ROOT)), operation);
    }
    openApi.addTag(OASFactory.createTag().name(pluginId).description("The " + pluginId + " plugin's endpoints"));
  }

  /** An endpoint with the mount it was found under. */
  private record Mounted(ResourceMount mount, ResourceScanner.Endpoint endpoint) {
    String baseId() {
      return endpoint.method().getDeclaringClass().getSimpleName() + "_" + endpoint.method().getName();
    }
  }

  /**
   * {@code <plugin>_<class>_<method>}; a resource class a plugin serves at more than one place (the survey's
   * instruments, for the analysts and for an organisation) gets its mount's name after it, and a number if that
   * is not enough, so that every operation id stays unique.
   */
  private String operationId(Mounted mounted, boolean shared, Set<String> taken) {
    String id = pluginId + "_" + mounted.baseId() + (shared ? "_" + mounted.mount().name().toLowerCase(Locale.ROOT) : "");
    String unique = id;
    for (int n = 2; !taken.add(unique); n++) {
      unique = id + "_" + n;
    }
    return unique;
  }

  private Operation operation(ResourceScanner.Endpoint endpoint, String operationId) {
    Method method = endpoint.method();
    Operation operation =
        OASFactory.createOperation()
            .operationId(operationId)
            .addTag(pluginId);
    Set<String> declared = new LinkedHashSet<>();
    for (Parameter parameter : method.getParameters()) {
      parameter(operation, endpoint, parameter, declared);
    }
    // the mount's templates ({slug}, {missionId}) and any the method does not take itself
    Matcher templates = TEMPLATE.matcher(endpoint.path());
    while (templates.find()) {
      if (declared.add(templates.group(1))) {
        operation.addParameter(OASFactory.createParameter().name(templates.group(1)).in(In.PATH).required(true).schema(schemas.of(String.class)));
      }
    }
    operation.setResponses(responses(endpoint));
    return operation;
  }

  private void parameter(Operation operation, ResourceScanner.Endpoint endpoint, Parameter parameter, Set<String> declared) {
    Schema schema = schemas.of(parameter.getParameterizedType());
    DefaultValue fallback = parameter.getAnnotation(DefaultValue.class);
    if (fallback != null) {
      schema.defaultValue(fallback.value());
    }
    PathParam path = parameter.getAnnotation(PathParam.class);
    QueryParam query = parameter.getAnnotation(QueryParam.class);
    HeaderParam header = parameter.getAnnotation(HeaderParam.class);
    if (path != null) {
      declared.add(path.value());
      operation.addParameter(OASFactory.createParameter().name(path.value()).in(In.PATH).required(true).schema(schema));
    } else if (query != null) {
      operation.addParameter(OASFactory.createParameter().name(query.value()).in(In.QUERY).schema(schema));
    } else if (header != null) {
      operation.addParameter(OASFactory.createParameter().name(header.value()).in(In.HEADER).schema(schema));
    } else if (!isInjected(parameter)) {
      operation.setRequestBody(OASFactory.createRequestBody().required(true).content(content(endpoint.consumes(), schema)));
    }
  }

  private static boolean isInjected(Parameter parameter) {
    return parameter.isAnnotationPresent(Context.class) || parameter.isAnnotationPresent(BeanParam.class) || parameter.isAnnotationPresent(CookieParam.class)
        || parameter.isAnnotationPresent(MatrixParam.class) || parameter.isAnnotationPresent(FormParam.class);
  }

  private APIResponses responses(ResourceScanner.Endpoint endpoint) {
    APIResponses responses = OASFactory.createAPIResponses();
    Class<?> returned = endpoint.method().getReturnType();
    if (returned == void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; nothing to return"));
    } else if (returned == Response.class && endpoint.method().isAnnotationPresent(Returns.class)) {
      Returns answer = endpoint.method().getAnnotation(Returns.class);
      Schema body = answer.list() ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(schemas.of(answer.value())) : schemas.of(answer.value());
      responses.addAPIResponse(
          Integer.toString(answer.status()),
          OASFactory.createAPIResponse().description(answer.status() == 201 ? "Created: Location names it" : "OK").content(content(endpoint.produces(), body)));
    } else if (returned == Response.class) {
      responses.addAPIResponse("default", OASFactory.createAPIResponse().description("The answer, with the status and body the plugin's API notes give"));
    } else {
      responses.addAPIResponse(
          "200", OASFactory.createAPIResponse().description("OK").content(content(endpoint.produces(), schemas.of(endpoint.method().getGenericReturnType()))));
    }
    Content problem = content(java.util.List.of("application/problem+json"), schemas.of(Map.class));
    responses.addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid input: problem details naming the field").content(problem));
    responses.addAPIResponse(
        "404", OASFactory.createAPIResponse().description("Not found, or not visible to the caller's organisation (or the plugin is not enabled there)").content(problem));
    return responses;
  }

  private static Content content(java.util.List<String> mediaTypes, Schema schema) {
    Content content = OASFactory.createContent();
    for (String type : mediaTypes) {
      content.addMediaType(type, OASFactory.createMediaType().schema(schema));
    }
    return content;
  }
}

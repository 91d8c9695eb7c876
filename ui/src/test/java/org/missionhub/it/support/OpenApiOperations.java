package org.missionhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations of the server's OpenAPI document, by "METHOD path", for tests that sweep every endpoint. */
public final class OpenApiOperations {

  /** A plugin's mount: the segment after it is the plugin's id. */
  private static final Pattern PLUGIN_MOUNT =
      Pattern.compile("^/api/v1/(?:orgs/\\{slug}/(?:missions/\\{missionId}/)?|platform/)([a-z][a-z0-9-]*)(?:/|$)");

  private OpenApiOperations() {}

  /** "METHOD path" of every operation whose path starts with the prefix. */
  public static Map<String, JsonObject> under(String prefix) {
    ApiResponse openapi = Api.anonymous().send("GET", "/openapi", null, Map.of("Accept", "application/json"));
    JsonObject document;
    try (var reader = Json.createReader(new StringReader(openapi.body()))) {
      document = reader.readObject();
    }
    Map<String, JsonObject> operations = new TreeMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) -> {
              if (path.startsWith(prefix)) {
                item.asJsonObject().entrySet().stream()
                    .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m.getKey()))
                    .forEach(m -> operations.put(m.getKey().toUpperCase() + " " + path, m.getValue().asJsonObject()));
              }
            });
    return operations;
  }

  /** An operation of a plugin: tagged with the plugin's id, which follows the mount. */
  public static boolean isPlugins(String key, JsonObject operation) {
    Matcher mount = PLUGIN_MOUNT.matcher(key.split(" ", 2)[1]);
    return mount.find() && operation.containsKey("tags")
        && operation.getJsonArray("tags").getValuesAs(JsonString.class).stream().anyMatch(t -> t.getString().equals(mount.group(1)));
  }
}

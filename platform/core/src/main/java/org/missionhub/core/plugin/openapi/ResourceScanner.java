package org.missionhub.core.plugin.openapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The endpoints of a JAX-RS resource class mounted at a path, as JAX-RS would route them: each resource
 * method ({@code @GET}, {@code @POST}, ...) with its full path, and the endpoints of the sub-resources its
 * locators return (methods with {@code @Path} and no HTTP method), recursively. The class's own
 * {@code @Path} is ignored, as the platform's mount ignores it. Written by hand: JAX-RS has no public model of
 * a sub-resource tree, and the OpenAPI runtime's scan stops at a locator returning {@code Object}.
 */
public final class ResourceScanner {

  private static final int MAX_DEPTH = 6;
  private static final List<String> JSON = List.of("application/json");

  private ResourceScanner() {}

  /** One resource method: its HTTP method and full path (templates without regular expressions). */
  public record Endpoint(String httpMethod, String path, Method method, List<String> consumes, List<String> produces) {}

  public static List<Endpoint> scan(String mountPath, Class<?> resource) {
    List<Endpoint> found = new ArrayList<>();
    scan(mountPath, resource, JSON, JSON, new HashSet<>(), 0, found);
    found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
    return found;
  }

  private static void scan(
      String path, Class<?> type, List<String> consumes, List<String> produces, Set<Class<?>> visiting, int depth, List<Endpoint> found) {
    if (depth > MAX_DEPTH || !visiting.add(type)) {
      return;
    }
    List<String> classConsumes = mediaTypes(type.getAnnotation(Consumes.class)).orElse(consumes);
    List<String> classProduces = mediaTypes(type.getAnnotation(Produces.class)).orElse(produces);
    Method[] methods = type.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
    for (Method method : methods) {
      if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Path own = method.getAnnotation(Path.class);
      String methodPath = own == null ? path : join(path, own.value());
      Optional<String> http = httpMethod(method);
      if (http.isPresent()) {
        found.add(
            new Endpoint(
                http.get(),
                methodPath,
                method,
                mediaTypes(method.getAnnotation(Consumes.class)).orElse(classConsumes),
                mediaTypes(method.getAnnotation(Produces.class)).orElse(classProduces)));
      } else if (own != null && method.getReturnType() != Object.class && !method.getReturnType().isPrimitive()) {
        scan(methodPath, method.getReturnType(), classConsumes, classProduces, visiting, depth + 1, found);
      }
    }
    visiting.remove(type);
  }

  private static Optional<String> httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return Optional.of(http.value());
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> mediaTypes(Annotation annotation) {
    String[] values = annotation instanceof Consumes c ? c.value() : annotation instanceof Produces p ? p.value() : null;
    if (values == null || values.length == 0) {
      return Optional.empty();
    }
    return Optional.of(Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList());
  }

  /** {@code /a/b} + {@code {id: [0-9]+}/c/} = {@code /a/b/{id}/c}. */
  static String join(String base, String segment) {
    String clean = segment.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}").replaceAll("^/+|/+$", "");
    if (clean.isEmpty()) {
      return base;
    }
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + clean;
  }
}

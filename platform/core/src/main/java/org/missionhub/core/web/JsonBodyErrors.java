package org.missionhub.core.web;

import static org.missionhub.core.shared.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.FieldError;
import org.missionhub.core.shared.ProblemKind;

/**
 * Turns a request body JSON-B cannot read into a 400 problem that names the offending field as the client
 * wrote it ({@code challengeArea}, {@code members[1].function}) and, for an unknown enum value, lists the
 * accepted values. JSON-B's own messages name Java classes and are never echoed. The body (at most 1 MiB,
 * see {@link RequestSizeLimit}) is buffered so that the field can be located in it.
 */
@Provider
public class JsonBodyErrors implements ReaderInterceptor {

  private static final Pattern PROPERTY =
      Pattern.compile("(?:deserialize property|Json property) '?([A-Za-z_][A-Za-z0-9_]*)'?");
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property '?([A-Za-z_][A-Za-z0-9_]*)'? can not be mapped");
  private static final Pattern UNKNOWN_ENUM_VALUE = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.([A-Za-z0-9_]+)");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    byte[] body = context.getInputStream().readAllBytes();
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw ApplicationException.invalid("body", "is required");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (JsonbException | ProcessingException e) {
      throw translate(e, new String(body, StandardCharsets.UTF_8));
    }
  }

  static ApplicationException translate(Throwable failure, String body) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null && messages.size() < 10; t = t.getCause()) {
      if (t.getMessage() != null) {
        messages.add(t.getMessage());
      }
    }
    for (String message : messages) {
      Matcher unknownValue = UNKNOWN_ENUM_VALUE.matcher(message);
      if (unknownValue.find()) {
        String field = locate(body, unknownValue.group(2)).orElse("body");
        return malformed(field, "must be one of " + allowedValues(unknownValue.group(1)));
      }
    }
    for (String message : messages) {
      Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
      if (unknown.find()) {
        return malformed(unknown.group(1), "is not a known property");
      }
      Matcher property = PROPERTY.matcher(message);
      if (property.find()) {
        return malformed(property.group(1), "has the wrong type or format");
      }
    }
    String trimmed = body.strip();
    String detail =
        trimmed.startsWith("{") ? "The request body is not valid JSON" : "The request body must be a JSON object";
    return new ApplicationException(ProblemKind.MALFORMED_REQUEST, detail);
  }

  private static ApplicationException malformed(String field, String message) {
    return new ApplicationException(
        ProblemKind.MALFORMED_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
  }

  private static String allowedValues(String enumClass) {
    if (!enumClass.startsWith("org.missionhub.")) {
      return "the documented values";
    }
    try {
      Object[] constants = Class.forName(enumClass, false, JsonBodyErrors.class.getClassLoader()).getEnumConstants();
      return constants == null
          ? "the documented values"
          : Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
    } catch (ClassNotFoundException e) {
      return "the documented values";
    }
  }

  /** The path of the one string value equal to {@code value} in the body, if there is exactly one. */
  static Optional<String> locate(String body, String value) {
    List<String> paths = new ArrayList<>();
    try (var reader = JSON.createReader(new StringReader(body))) {
      collect(reader.readValue(), "", value, paths);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return paths.size() == 1 ? Optional.of(paths.get(0)) : Optional.empty();
  }

  private static void collect(JsonValue node, String path, String value, List<String> paths) {
    if (node instanceof JsonObject object) {
      object.forEach((name, child) -> collect(child, path.isEmpty() ? name : path + "." + name, value, paths));
    } else if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), path + "[" + i + "]", value, paths);
      }
    } else if (node instanceof JsonString text && text.getString().equals(value) && !path.isEmpty()) {
      paths.add(path);
    }
  }
}

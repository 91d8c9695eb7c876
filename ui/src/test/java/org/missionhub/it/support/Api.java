package org.missionhub.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A client of the MissionHub API acting with one bearer token (or none). */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

  private final String token;

  private Api(String token) {
    this.token = token;
  }

  public static Api as(String token) {
    return new Api(token);
  }

  public static Api anonymous() {
    return new Api(null);
  }

  public ApiResponse get(String path) {
    return send("GET", path, null, Map.of());
  }

  public ApiResponse post(String path, String json) {
    return send("POST", path, json, Map.of("Content-Type", "application/json"));
  }

  /** POST without a body (actions such as accept or restore), with If-Match. */
  public ApiResponse postAction(String path, String etag) {
    return send("POST", path, null, etag == null ? Map.of() : Map.of("If-Match", etag));
  }

  public ApiResponse put(String path, String json, String etag) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (etag != null) {
      headers.put("If-Match", etag);
    }
    return send("PUT", path, json, headers);
  }

  public ApiResponse delete(String path, String etag) {
    return send("DELETE", path, null, etag == null ? Map.of() : Map.of("If-Match", etag));
  }

  public ApiResponse send(String method, String path, String body, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Accept", "application/json, application/problem+json");
    all.putAll(headers);
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    HttpResponse<String> response = exchange(method, path, publisher, all, HttpResponse.BodyHandlers.ofString());
    followLocation(method, path, response);
    return new ApiResponse(method, path, response.statusCode(), response.headers(), response.body());
  }

  /**
   * Every 201 of every integration test points at what it created: its {@code Location}, read at once by
   * the same caller, answers 200 (core and plugins alike).
   */
  private void followLocation(String method, String path, HttpResponse<String> created) {
    if (created.statusCode() != 201) {
      return;
    }
    String location =
        created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(method + " " + path + " answered 201 without a Location"));
    URI target = URI.create(ItEnvironment.baseUrl() + path).resolve(location);
    if (!target.toString().startsWith(ItEnvironment.baseUrl() + "/")) {
      throw new AssertionError(method + " " + path + " answered 201 with a Location elsewhere: " + location);
    }
    String relative = target.toString().substring(ItEnvironment.baseUrl().length());
    HttpResponse<String> read =
        exchange("GET", relative, HttpRequest.BodyPublishers.noBody(), Map.of("Accept", "application/json, application/problem+json"), HttpResponse.BodyHandlers.ofString());
    if (read.statusCode() != 200) {
      throw new AssertionError(
          method + " " + path + " answered 201 with Location " + location + ", which answers " + read.statusCode() + ": " + read.body());
    }
  }

  /** POSTs a body without a Content-Length (chunked), as a client that streams does. */
  public ApiResponse postChunked(String path, byte[] content, String contentType) {
    HttpResponse<String> r =
        exchange(
            "POST", path, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(content)),
            Map.of("Content-Type", contentType, "Accept", "application/json, application/problem+json"), HttpResponse.BodyHandlers.ofString());
    return new ApiResponse("POST", path, r.statusCode(), r.headers(), r.body());
  }

  /** A file upload: POSTs raw bytes with their content type (answers are JSON, as usual). */
  public ApiResponse upload(String path, byte[] content, String contentType) {
    HttpResponse<String> r = exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(content), Map.of("Content-Type", contentType), HttpResponse.BodyHandlers.ofString());
    followLocation("POST", path, r);
    return new ApiResponse("POST", path, r.statusCode(), r.headers(), r.body());
  }

  /** A file download: the status, headers and the raw bytes. */
  public Download download(String path) {
    HttpResponse<byte[]> r = exchange("GET", path, HttpRequest.BodyPublishers.noBody(), Map.of("Accept", "*/*"), HttpResponse.BodyHandlers.ofByteArray());
    return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Content-Disposition").orElse(""), r.body());
  }

  /** What a download brought. */
  public record Download(int status, String contentType, String disposition, byte[] body) {}

  private <T> HttpResponse<T> exchange(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers, HttpResponse.BodyHandler<T> handler) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path)).timeout(Duration.ofSeconds(30)).method(method, body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), handler);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }
}

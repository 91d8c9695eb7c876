package org.missionhub.core.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createReader} and the other {@code Json.create...} methods
 * look the provider up with a {@code ServiceLoader} on every call, which under Liberty's class loaders takes a
 * lock (docs/performance.md, "The API against the server's floor"): code on a request's path uses this instead.
 */
public final class JsonSupport {

  /** Stateless and thread-safe: readers, writers and builders are made from it. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonSupport() {}
}

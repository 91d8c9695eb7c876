package org.missionhub.core.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B settings of the API: an unknown property in a request body is an error (a misspelt field must not
 * be silently dropped), dates are ISO-8601.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  /** Yasson's switch (Liberty's JSON-B implementation); JSON-B 3.0 itself has no such setting. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().withFormatting(false).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}

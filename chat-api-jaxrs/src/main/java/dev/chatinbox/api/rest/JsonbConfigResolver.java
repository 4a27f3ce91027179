package dev.chatinbox.api.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for request and response bodies: nulls omitted (absent optional fields), and unknown
 * properties in request bodies rejected, so that a typo or a read-only field is a 400 instead of
 * being silently ignored (no mass assignment).
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {
  /** Yasson's switch for failing on properties the target type does not have. */
  static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig().withNullValues(false).setProperty(FAIL_ON_UNKNOWN, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}

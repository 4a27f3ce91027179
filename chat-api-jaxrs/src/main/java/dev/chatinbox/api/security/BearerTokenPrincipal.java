package dev.chatinbox.api.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a request authenticated by {@link BearerTokenMechanism}, as MicroProfile JWT shows
 * it: the name is {@code upn}, else {@code preferred_username}, else {@code sub}; the standard
 * claims come in the types of {@link Claims} ({@code exp} a {@code Long}, {@code groups} and {@code
 * aud} a {@code Set<String>}, …), any other claim as its JSON value ({@code JsonString}, …), {@code
 * raw_token} as the compact token of this request. {@link #toString()} names no claim.
 */
public final class BearerTokenPrincipal implements JsonWebToken {
  /** The principal of an unauthenticated request: no name, no claims. */
  static final BearerTokenPrincipal NONE =
      new BearerTokenPrincipal(JsonValue.EMPTY_JSON_OBJECT, "");

  private final JsonObject claims;
  private final String rawToken;

  BearerTokenPrincipal(VerifiedToken token, String rawToken) {
    this(token.claims(), rawToken);
  }

  private BearerTokenPrincipal(JsonObject claims, String rawToken) {
    this.claims = claims;
    this.rawToken = rawToken;
  }

  @Override
  public String getName() {
    for (String claim : new String[] {"upn", "preferred_username", "sub"}) {
      if (claims.get(claim) instanceof JsonString s && !s.getString().isBlank()) {
        return s.getString();
      }
    }
    return null;
  }

  @Override
  public Set<String> getClaimNames() {
    Set<String> names = new HashSet<>(claims.keySet());
    if (!claims.isEmpty()) {
      names.add(Claims.raw_token.name());
    }
    return names;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String name) {
    if (Claims.raw_token.name().equals(name)) {
      return claims.isEmpty() ? null : (T) rawToken;
    }
    JsonValue value = claims.get(name);
    return value == null ? null : (T) convert(standardType(name), value);
  }

  /** The standard claims' types by name: a lookup, not an exception per non-standard claim. */
  private static final Map<String, Class<?>> STANDARD_TYPES =
      Arrays.stream(Claims.values())
          .collect(Collectors.toUnmodifiableMap(Claims::name, Claims::getType));

  private static Class<?> standardType(String name) {
    return STANDARD_TYPES.getOrDefault(name, JsonValue.class);
  }

  private static Object convert(Class<?> type, JsonValue value) {
    if (type == String.class && value instanceof JsonString s) {
      return s.getString();
    }
    if (type == Long.class && value instanceof JsonNumber n) {
      return n.longValue();
    }
    if (type == Boolean.class && (value == JsonValue.TRUE || value == JsonValue.FALSE)) {
      return value == JsonValue.TRUE;
    }
    if (type == Set.class) {
      Set<String> strings = new LinkedHashSet<>();
      if (value instanceof JsonString s) {
        strings.add(s.getString()); // a single audience may be a plain string
      } else if (value instanceof JsonArray array) {
        array.forEach(v -> strings.add(v instanceof JsonString s ? s.getString() : v.toString()));
      }
      return Set.copyOf(strings);
    }
    return value;
  }

  @Override
  public String toString() {
    return "BearerTokenPrincipal"; // never a claim or the token: principals end up in log lines
  }
}

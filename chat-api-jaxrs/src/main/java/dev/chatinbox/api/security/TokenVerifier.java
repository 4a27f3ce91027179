package dev.chatinbox.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Verifies bearer tokens for the whole server: the REST API ({@link BearerTokenMechanism}) and the
 * WebSocket handshake, where browsers pass the token in the query string or the subprotocol header.
 * Keys from {@code mp.jwt.verify.publickey} or {@code …publickey.location} (PEM, JWK or JWK Set,
 * file or URL; the development key when none is configured), the issuer of {@code
 * mp.jwt.verify.issuer}, the audiences of {@code mp.jwt.verify.audiences}, RS256 only. Time claims
 * are checked with the clock skew of {@code chat.auth.clock-skew} (default 30 s): {@code exp}
 * required and not past, {@code nbf} and {@code iat} (when present) not in the future; a token
 * without {@code sub} is refused like any invalid token (401), never passed on.
 *
 * <p>An accepted token is remembered by its SHA-256 until it expires ({@link VerifiedTokenCache},
 * {@code chat.auth.token-cache-size} tokens, default 10,000, 0 = verify every time), so a client
 * that sends the same token on every request pays the signature check once.
 */
@ApplicationScoped
public class TokenVerifier {
  private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());
  private static final Duration REMOTE_KEYS_TTL = Duration.ofMinutes(10);
  private static final int MAX_TOKEN_LENGTH = 16_384;

  /** Default of {@code chat.auth.token-cache-size}. */
  static final int DEFAULT_CACHE_SIZE = 10_000;

  static final int MAX_CACHE_SIZE = 1_000_000;

  /** MicroProfile Config key of the clock skew (env {@code CHAT_AUTH_CLOCK_SKEW}). */
  static final String CLOCK_SKEW = "chat.auth.clock-skew";

  /** Default of {@code chat.auth.clock-skew}. */
  static final Duration DEFAULT_SKEW = Duration.ofSeconds(30);

  static final Duration MAX_SKEW = Duration.ofMinutes(10);

  private Config config;
  private Clock clock;
  private VerifiedTokenCache cache;
  private Duration skew;
  private volatile List<TokenKeys.Key> keys;
  private volatile Instant keysLoadedAt = Instant.EPOCH;

  protected TokenVerifier() {}

  @Inject
  public TokenVerifier(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    int cacheSize =
        config
            .getOptionalValue("chat.auth.token-cache-size", Integer.class)
            .orElse(DEFAULT_CACHE_SIZE);
    if (cacheSize < 0 || cacheSize > MAX_CACHE_SIZE) {
      throw new IllegalArgumentException(
          "chat.auth.token-cache-size must be between 0 and " + MAX_CACHE_SIZE);
    }
    this.skew = skew(config);
    this.cache = new VerifiedTokenCache(cacheSize, clock, skew);
  }

  /**
   * {@code chat.auth.clock-skew}: whole seconds ({@code 30}) or an ISO-8601 duration ({@code
   * PT30S}), 0 to 10 minutes; anything else stops the start naming the key.
   */
  static Duration skew(Config config) {
    Optional<String> raw = config.getOptionalValue(CLOCK_SKEW, String.class).map(String::strip);
    if (raw.isEmpty() || raw.get().isEmpty()) {
      return DEFAULT_SKEW;
    }
    Duration skew;
    try {
      skew =
          raw.get().chars().allMatch(Character::isDigit)
              ? Duration.ofSeconds(Long.parseLong(raw.get()))
              : Duration.parse(raw.get());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          CLOCK_SKEW + " must be seconds or an ISO-8601 duration (PT30S)", e);
    }
    if (skew.isNegative() || skew.compareTo(MAX_SKEW) > 0) {
      throw new IllegalArgumentException(CLOCK_SKEW + " must be between 0 and " + MAX_SKEW);
    }
    return skew;
  }

  /**
   * The claims of {@code token} once its signature, expiry, issuer and audience are checked — or
   * were, by an earlier call with the same token that has not expired since.
   *
   * @throws InvalidTokenException with a reason that names no claim value and no part of the token
   */
  public VerifiedToken verify(String token) throws InvalidTokenException {
    return cache.verify(token, this::verifyInFull);
  }

  private VerifiedToken verifyInFull(String token) throws InvalidTokenException {
    if (token == null || token.isBlank()) {
      throw new InvalidTokenException("no token");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidTokenException("token too long");
    }
    String[] parts = token.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidTokenException("not a signed JWT");
    }
    JsonObject header = json(parts[0]);
    JsonObject claims = json(parts[1]);
    if (!"RS256".equals(header.getString("alg", ""))) {
      throw new InvalidTokenException("algorithm must be RS256");
    }
    checkSignature(header, parts);
    Instant now = clock.instant();
    Instant expires = instant(claims, "exp").orElseThrow(() -> new InvalidTokenException("no exp"));
    if (now.minus(skew).isAfter(expires)) {
      throw new InvalidTokenException("expired");
    }
    Optional<Instant> notBefore = instant(claims, "nbf");
    if (notBefore.isPresent() && now.plus(skew).isBefore(notBefore.get())) {
      throw new InvalidTokenException("not valid yet");
    }
    Optional<Instant> issuedAt = instant(claims, "iat");
    if (issuedAt.isPresent() && now.plus(skew).isBefore(issuedAt.get())) {
      throw new InvalidTokenException("issued in the future");
    }
    String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(null);
    if (issuer != null && !issuer.equals(claims.getString("iss", null))) {
      throw new InvalidTokenException("wrong issuer");
    }
    Set<String> audiences = configuredAudiences();
    if (!audiences.isEmpty() && tokenAudiences(claims).stream().noneMatch(audiences::contains)) {
      throw new InvalidTokenException("wrong audience");
    }
    String subject = claims.getString("sub", "");
    if (subject.isBlank()) {
      throw new InvalidTokenException("no subject");
    }
    return new VerifiedToken(
        subject,
        text(claims, "upn").or(() -> text(claims, "preferred_username")),
        text(claims, "name"),
        text(claims, "email"),
        strings(claims.get("groups")),
        expires,
        claims);
  }

  private void checkSignature(JsonObject header, String[] parts) throws InvalidTokenException {
    byte[] signature;
    try {
      signature = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("signature is not base64url");
    }
    byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    Optional<String> kid = Optional.ofNullable(header.getString("kid", null));
    for (TokenKeys.Key key : keys(kid)) {
      if (kid.isPresent() && key.kid().isPresent() && !kid.equals(key.kid())) {
        continue;
      }
      try {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key.key());
        verifier.update(signed);
        if (verifier.verify(signature)) {
          return;
        }
      } catch (GeneralSecurityException e) {
        // not this key
      }
    }
    throw new InvalidTokenException("bad signature");
  }

  /**
   * Loads the verification keys and readies the JCA signature code at start (StartupTasks), so that
   * the first request does not pay for it.
   */
  public void preload() {
    for (TokenKeys.Key key : keys(Optional.empty())) {
      try {
        Signature.getInstance("SHA256withRSA").initVerify(key.key());
      } catch (GeneralSecurityException e) {
        // the request that uses this key will say what is wrong with it
      }
    }
  }

  private List<TokenKeys.Key> keys(Optional<String> kid) {
    List<TokenKeys.Key> known = keys;
    boolean remote = location().filter(l -> l.startsWith("http")).isPresent();
    boolean stale = remote && keysLoadedAt.plus(REMOTE_KEYS_TTL).isBefore(clock.instant());
    boolean unknownKid =
        remote
            && kid.isPresent()
            && known != null
            && known.stream().noneMatch(k -> k.kid().equals(kid))
            && keysLoadedAt.plusSeconds(30).isBefore(clock.instant());
    if (known == null || stale || unknownKid) {
      known = load();
      keys = known;
      keysLoadedAt = clock.instant();
    }
    return known;
  }

  private List<TokenKeys.Key> load() {
    try {
      Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
      if (inline.isPresent() && !inline.get().isBlank()) {
        return TokenKeys.parse(inline.get());
      }
      Optional<String> location = location();
      if (location.isEmpty()) {
        return List.of();
      }
      return TokenKeys.parse(read(location.get()));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      LOG.log(Level.WARNING, "Token verification keys could not be loaded: {0}", e.toString());
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private Optional<String> location() {
    return config
        .getOptionalValue("mp.jwt.verify.publickey.location", String.class)
        .filter(l -> !l.isBlank());
  }

  private static String read(String location) throws IOException, InterruptedException {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(location))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from the key location");
      }
      return response.body();
    }
    Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    return Files.readString(path);
  }

  private Set<String> configuredAudiences() {
    return config
        .getOptionalValue("mp.jwt.verify.audiences", String.class)
        .map(
            a ->
                Arrays.stream(a.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private static Set<String> tokenAudiences(JsonObject claims) {
    return strings(claims.get("aud"));
  }

  private static Set<String> strings(JsonValue value) {
    Set<String> values = new HashSet<>();
    if (value instanceof JsonString s) {
      values.add(s.getString());
    } else if (value instanceof JsonArray array) {
      array.forEach(
          v -> {
            if (v instanceof JsonString s) values.add(s.getString());
          });
    }
    return values;
  }

  private static Optional<String> text(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString().strip())
        : Optional.empty();
  }

  /** A NumericDate claim; one that is present but not a number of seconds in range is refused. */
  private static Optional<Instant> instant(JsonObject claims, String name)
      throws InvalidTokenException {
    JsonValue value = claims.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof jakarta.json.JsonNumber n) {
      java.math.BigDecimal seconds = n.bigDecimalValue();
      if (seconds.precision() - seconds.scale() <= 12) { // integer digits: up to year ~33,000
        return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
      }
    }
    throw new InvalidTokenException(name + " is not a NumericDate");
  }

  private static JsonObject json(String part) throws InvalidTokenException {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new InvalidTokenException("not a JWT");
    }
  }
}

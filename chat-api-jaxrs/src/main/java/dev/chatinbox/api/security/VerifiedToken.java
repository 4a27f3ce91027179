package dev.chatinbox.api.security;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of a token {@link TokenVerifier} accepted. It holds no raw token, and its {@code
 * toString} names no claim: a verified token that ends up in a log line gives nothing away.
 *
 * @param subject {@code sub}
 * @param username {@code upn}, else {@code preferred_username}
 * @param name {@code name}
 * @param email {@code email}
 * @param groups {@code groups} (the roles)
 * @param expiresAt {@code exp}
 * @param claims every claim of the payload, as the token carried them
 */
public record VerifiedToken(
    String subject,
    Optional<String> username,
    Optional<String> name,
    Optional<String> email,
    Set<String> groups,
    Instant expiresAt,
    JsonObject claims) {

  public VerifiedToken {
    groups = Set.copyOf(groups);
  }

  @Override
  public String toString() {
    return "VerifiedToken[expiresAt=" + expiresAt + "]";
  }
}

package dev.chatinbox.api.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The claims of a token {@link TokenVerifier} accepted.
 *
 * @param subject {@code sub}
 * @param username {@code upn}, else {@code preferred_username}
 * @param name {@code name}
 * @param email {@code email}
 * @param groups {@code groups} (the roles)
 * @param expiresAt {@code exp}
 */
public record VerifiedToken(
    String subject,
    Optional<String> username,
    Optional<String> name,
    Optional<String> email,
    Set<String> groups,
    Instant expiresAt) {}

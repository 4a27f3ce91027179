package dev.chatinbox.core.application.user;

import dev.chatinbox.core.domain.user.Role;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified token says about its bearer.
 *
 * @param subject {@code sub}: the user's stable id at the identity provider
 * @param username {@code upn} or {@code preferred_username}, when present
 * @param name {@code name}, when present
 * @param email {@code email}, when present
 * @param roles the roles among {@code groups}
 */
public record TokenIdentity(
    String subject,
    Optional<String> username,
    Optional<String> name,
    Optional<String> email,
    Set<Role> roles) {
  /** Longest subject accepted (the users.subject column). */
  public static final int MAX_SUBJECT_LENGTH = 255;
}

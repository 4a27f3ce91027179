package dev.chatinbox.core.application.user;

import dev.chatinbox.core.domain.contact.EmailAddresses;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.user.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw user-directory input into domain values. Each check records what is wrong with its
 * field in {@code violations} (so that every bad field is named at once) and answers null then.
 */
final class UserInputs {
  static final int MAX_USERNAME = 150;
  static final int MAX_NAME = 200;
  static final int MAX_URL = 2048;
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_USERNAME + "}");
  static final String ROLES = "ADMIN, USER, CUST";

  private UserInputs() {}

  static String username(List<FieldViolation> violations, String field, String raw) {
    if (raw == null) {
      return reject(violations, field, "is required");
    }
    if (!USERNAME.matcher(raw).matches()) {
      return reject(
          violations,
          field,
          "must be 1 to " + MAX_USERNAME + " characters of letters, digits and . _ @ -");
    }
    return raw;
  }

  static String name(List<FieldViolation> violations, String field, String raw) {
    if (raw == null) {
      return reject(violations, field, "is required");
    }
    String trimmed = raw.trim();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      return reject(violations, field, "must be 1 to " + MAX_NAME + " characters");
    }
    return trimmed;
  }

  static String email(List<FieldViolation> violations, String field, String raw) {
    Optional<String> email = EmailAddresses.normalise(raw);
    if (email.isEmpty()) {
      return reject(
          violations,
          field,
          "must be a valid email address (at most " + EmailAddresses.MAX_LENGTH + " characters)");
    }
    return email.get();
  }

  /** An absolute http or https URL with a host, at most {@value #MAX_URL} characters. */
  static String avatar(List<FieldViolation> violations, String field, String raw) {
    String value = raw == null ? "" : raw.trim();
    if (value.length() > MAX_URL || !isWebUrl(value)) {
      return reject(
          violations, field, "must be an http(s) URL of at most " + MAX_URL + " characters");
    }
    return value;
  }

  static Set<Role> roles(List<FieldViolation> violations, String field, List<String> raw) {
    if (raw == null) {
      return reject(violations, field, "is required: a non-empty list of " + ROLES);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : raw) {
      Optional<Role> role =
          Optional.ofNullable(name).flatMap(n -> Role.fromGroup(n.trim().toUpperCase(Locale.ROOT)));
      if (role.isEmpty()) {
        return reject(violations, field, "must be a non-empty list of " + ROLES);
      }
      roles.add(role.get());
    }
    if (roles.isEmpty()) {
      return reject(violations, field, "must be a non-empty list of " + ROLES);
    }
    return roles;
  }

  /** A token subject: 1..255 characters, not blank. */
  static String subject(List<FieldViolation> violations, String field, String raw) {
    if (raw == null || raw.isBlank() || raw.length() > TokenIdentity.MAX_SUBJECT_LENGTH) {
      return reject(
          violations,
          field,
          "must be 1 to " + TokenIdentity.MAX_SUBJECT_LENGTH + " characters, not blank");
    }
    return raw;
  }

  private static boolean isWebUrl(String value) {
    if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static <T> T reject(List<FieldViolation> violations, String field, String message) {
    violations.add(new FieldViolation(field, message));
    return null;
  }
}

package dev.chatinbox.core.domain.user;

import java.util.Optional;

/** Roles carried in the JWT {@code groups} claim. */
public enum Role {
  /** Sees and manages everything, may delete conversations and manage users. */
  ADMIN,
  /** Team member: sees conversations of contacts they own or follow, or that have no owner. */
  USER,
  /** Customer account: no inbox access. */
  CUST;

  /** Parses a group name exactly as written in the token; other groups are not roles. */
  public static Optional<Role> fromGroup(String group) {
    for (Role role : values()) {
      if (role.name().equals(group)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.user.Availability;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A team member as the user directory shows them.
 *
 * @param roles the directory's copy of the roles, in the order ADMIN, USER, CUST
 */
public record UserView(
    UUID id,
    String name,
    String username,
    Optional<String> email,
    Optional<String> avatar,
    List<Role> roles,
    boolean active,
    Availability availability) {
  public UserView {
    roles = List.copyOf(roles);
  }

  public static UserView of(User user) {
    return new UserView(
        user.id(),
        user.name(),
        user.username(),
        Optional.ofNullable(user.email()),
        Optional.ofNullable(user.avatarUrl()),
        user.roles().stream().sorted().toList(),
        user.active(),
        user.availability());
  }
}

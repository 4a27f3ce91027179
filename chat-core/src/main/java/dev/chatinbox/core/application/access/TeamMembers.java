package dev.chatinbox.core.application.access;

import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.User;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Checks that ids named as owners, followers or assignees are active team members. */
@ApplicationScoped
public class TeamMembers {
  private UserRepository users;

  protected TeamMembers() {}

  @Inject
  public TeamMembers(UserRepository users) {
    this.users = users;
  }

  /**
   * The ids as a set, or a 400 naming {@code field} when any is not an active user.
   *
   * @param field the request field the ids came from
   */
  public Set<UUID> requireActive(String field, Collection<UUID> ids) {
    Set<UUID> wanted = new LinkedHashSet<>(ids);
    if (wanted.isEmpty()) {
      return wanted;
    }
    Set<UUID> found =
        users.findAll(wanted).stream()
            .filter(User::active)
            .map(User::id)
            .collect(Collectors.toSet());
    List<String> missing =
        wanted.stream().filter(id -> !found.contains(id)).map(UUID::toString).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          List.of(
              new FieldViolation(field, "no active user with id " + String.join(", ", missing))));
    }
    return wanted;
  }

  /**
   * The id, or a 400 naming {@code field} when it is not an active team member (USER or ADMIN, by
   * the directory's roles): a customer (CUST) as owner would hide the contact's conversations from
   * every USER.
   */
  public UUID requireOwner(String field, UUID id) {
    User user =
        users.findAll(List.of(id)).stream()
            .filter(User::active)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException(field, "no active user with id " + id));
    if (!user.roles().contains(Role.USER) && !user.roles().contains(Role.ADMIN)) {
      throw new InvalidInputException(field, "the owner must be a USER or ADMIN, not a customer");
    }
    return id;
  }
}

package dev.chatinbox.core.domain.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of team members. */
public interface UserRepository {
  Optional<User> find(UUID id);

  Optional<User> findBySubject(String subject);

  /** Users with these ids (missing ids are skipped), in one query. */
  List<User> findAll(Collection<UUID> ids);

  boolean usernameTaken(String username);

  void store(User user);
}

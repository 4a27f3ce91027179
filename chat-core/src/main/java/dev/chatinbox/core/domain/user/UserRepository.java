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

  /** Active users with these usernames (case-insensitive; unknown ones are skipped), one query. */
  List<User> findActiveByUsernames(Collection<String> usernames);

  /** Users matching the criteria, by name (case-insensitive), at most {@code limit}. */
  List<User> list(UserCriteria criteria, int limit);

  /**
   * Active users whose name, username or email contains {@code text} (case-insensitive), best
   * first: name or username starting with it, then a word of the name starting with it, then the
   * rest; by name within each rank. At most {@code limit}.
   */
  List<User> search(String text, Optional<Role> role, int limit);

  void store(User user);
}

package dev.chatinbox.core.application.user;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.view.UserView;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.user.Role;
import dev.chatinbox.core.domain.user.UserCriteria;
import dev.chatinbox.core.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Finding team members (spec 4.2 and 7.1), e.g. to pick an owner, follower or assignee. Every inbox
 * user may look; only administrators see deactivated accounts.
 */
@ApplicationScoped
public class UserDirectoryService {
  /** Most users one listing returns (it is not paged): narrow it with search or role. */
  public static final int MAX_LISTED = 200;

  /** Most users one search returns. */
  public static final int MAX_FOUND = 50;

  /** Longest {@code q} of a search. */
  public static final int MAX_QUERY_LENGTH = 100;

  /** Longest {@code search} text of a listing. */
  public static final int MAX_SEARCH_LENGTH = 200;

  /** Most ids one listing may exclude. */
  public static final int MAX_EXCLUDED = 500;

  private UserRepository users;
  private AccessPolicy access;

  protected UserDirectoryService() {}

  @Inject
  public UserDirectoryService(UserRepository users, AccessPolicy access) {
    this.users = users;
    this.access = access;
  }

  /** Users matching the criteria, by name, at most {@value #MAX_LISTED}. */
  @Transactional
  public List<UserView> list(Caller caller, UserCriteria criteria) {
    access.requireInbox(caller);
    if (criteria.includeInactive() && !caller.isAdmin()) {
      throw new AccessDeniedException("Only administrators may list deactivated users");
    }
    criteria
        .text()
        .filter(t -> t.length() > MAX_SEARCH_LENGTH)
        .ifPresent(
            t -> {
              throw new InvalidInputException(
                  "search", "must be at most " + MAX_SEARCH_LENGTH + " characters");
            });
    if (criteria.excluded().size() > MAX_EXCLUDED) {
      throw new InvalidInputException("exclude", "must name at most " + MAX_EXCLUDED + " user ids");
    }
    return users.list(criteria, MAX_LISTED).stream().map(UserView::of).toList();
  }

  /**
   * Active users matching {@code query} (name, username or email), best first: name or username
   * starting with it, then a word of the name starting with it, then any other match; at most
   * {@value #MAX_FOUND}.
   */
  @Transactional
  public List<UserView> search(Caller caller, String query, Optional<Role> role) {
    access.requireInbox(caller);
    String text = query == null ? "" : query.trim();
    if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters");
    }
    return users.search(text, role, MAX_FOUND).stream().map(UserView::of).toList();
  }
}

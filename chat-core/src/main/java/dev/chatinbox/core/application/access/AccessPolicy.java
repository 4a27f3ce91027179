package dev.chatinbox.core.application.access;

import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.shared.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that decides who may see and do what (decisions.md, "Identity and roles"): ADMIN
 * sees everything; USER sees conversations whose contact they own or follow, or that nobody owns;
 * CUST has no inbox access; only ADMIN deletes. Services ask it; resources never decide.
 */
@ApplicationScoped
public class AccessPolicy {

  /** Which conversations {@code caller} may read and change. */
  public Visibility inboxVisibility(Caller caller) {
    requireInbox(caller);
    return caller.isAdmin()
        ? Visibility.everything()
        : Visibility.ownedFollowedOrUnowned(caller.userId());
  }

  /** Refuses callers without inbox access. */
  public void requireInbox(Caller caller) {
    if (!caller.mayUseInbox()) {
      throw new AccessDeniedException("This account has no access to the inbox");
    }
  }

  /** Refuses non-administrators. */
  public void requireAdmin(Caller caller, String action) {
    if (!caller.isAdmin()) {
      throw new AccessDeniedException("Only administrators may " + action);
    }
  }
}

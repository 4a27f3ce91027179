package dev.chatinbox.core.application.user;

import java.util.List;
import java.util.Optional;

/**
 * An administrator's partial update of a user: only present fields change.
 *
 * @param name the new display name
 * @param avatar present: set the avatar URL; present and empty: remove it
 * @param roles the directory's new roles (authorisation follows the token's groups)
 * @param active false deactivates the account, true reactivates it
 */
public record UserChanges(
    Optional<String> name,
    Optional<Optional<String>> avatar,
    Optional<List<String>> roles,
    Optional<Boolean> active) {}

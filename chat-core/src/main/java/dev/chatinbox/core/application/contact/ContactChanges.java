package dev.chatinbox.core.application.contact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partial update of a contact (spec 3.2, plus {@code fullName} and {@code title}): only present
 * fields change.
 *
 * @param fullName the corrected name
 * @param title present: set the job title; present and empty: clear it
 * @param email becomes the primary email (added when new)
 * @param phone becomes the primary phone (added when new)
 * @param owner present: set the owner; present and empty: clear it
 * @param followers the complete new set of followers
 * @param tags the complete new set of tags
 * @param dnd do-not-disturb on the conversation's channel (only through a conversation)
 * @param dndAll do-not-disturb on every channel
 */
public record ContactChanges(
    Optional<String> fullName,
    Optional<Optional<String>> title,
    Optional<String> email,
    Optional<String> phone,
    Optional<Optional<UUID>> owner,
    Optional<List<UUID>> followers,
    Optional<List<String>> tags,
    Optional<Boolean> dnd,
    Optional<Boolean> dndAll) {}

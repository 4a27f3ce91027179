package dev.chatinbox.core.application.action;

import java.util.Optional;
import java.util.UUID;

/**
 * What a caller gives to record a manual action.
 *
 * @param conversationId a conversation the caller may see
 * @param action what has to be done, 1..1000 characters
 * @param assignedTo an active user to do it, if anyone in particular
 */
public record NewManualAction(UUID conversationId, String action, Optional<UUID> assignedTo) {}

package dev.chatinbox.core.application.canned;

/**
 * What a new canned reply is made of (checked by {@link
 * dev.chatinbox.core.domain.canned.CannedReply}).
 *
 * @param shared for the whole team (ADMIN only) rather than for its writer
 */
public record NewCannedReply(String shortCode, String title, String body, boolean shared) {}

package dev.chatinbox.core.application.canned;

import java.util.Optional;

/** The fields a change of a canned reply gives; empty ones stay as they are. */
public record CannedReplyEdit(
    Optional<String> shortCode, Optional<String> title, Optional<String> body) {}

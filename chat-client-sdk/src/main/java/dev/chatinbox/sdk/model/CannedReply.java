package dev.chatinbox.sdk.model;

import java.time.Instant;

/**
 * A canned reply: the team's ({@code shared}) or the caller's own. Its body may name {@code
 * {{contact.firstName}}}, {@code {{contact.fullName}}} and {@code {{agent.name}}}.
 */
public record CannedReply(
    String id,
    String shortCode,
    String title,
    String body,
    boolean shared,
    String ownerId,
    Instant createdAt,
    Instant updatedAt) {}

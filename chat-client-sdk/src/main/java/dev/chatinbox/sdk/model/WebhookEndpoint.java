package dev.chatinbox.sdk.model;

import java.util.List;
import java.util.Optional;

/**
 * A webhook endpoint.
 *
 * @param secret the signing secret: only in the answers of creation and rotation
 * @param disabledReason why a disabled endpoint stopped (410, or 3 days of failures)
 */
public record WebhookEndpoint(
    String id,
    String url,
    Optional<String> description,
    List<String> eventTypes,
    boolean enabled,
    Optional<String> disabledReason,
    Optional<String> secret) {}

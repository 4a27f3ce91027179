package dev.chatinbox.sdk.model;

import java.util.Map;

/**
 * The counts an inbox shows on its tabs (#18).
 *
 * @param byStatus visible conversations per status ({@code open}, {@code pending}, {@code snoozed},
 *     {@code resolved})
 * @param mine assigned to the caller (within the status asked for, if any)
 */
public record ConversationCounts(
    Map<String, Long> byStatus, long mine, long unassigned, long all) {}

package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.conversation.ConversationStatus;
import java.util.Map;

/**
 * What a UI shows on its tabs (#18): visible conversations per status, and per mine, unassigned and
 * all (those three within a status when one is asked for).
 */
public record ConversationCountsView(
    Map<ConversationStatus, Long> byStatus, long mine, long unassigned, long all) {}

package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.conversation.ConversationChanges;
import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The PATCH body of a conversation: {@code isStarred} (boolean), {@code unreadCount} (integer
 * 0..1,000,000), and the workflow's {@code status} (open, pending, snoozed, resolved), {@code
 * snoozedUntil} (ISO 8601, with snoozed only), {@code assigneeId} and {@code teamId} (an id or null
 * to clear); anything else — unknown or read-only — is a 400 naming it. Whether the snooze end lies
 * in the future is checked by the service against its clock.
 */
final class ConversationPatch {
  static final Set<String> FIELDS =
      Set.of("isStarred", "unreadCount", "status", "snoozedUntil", "assigneeId", "teamId");

  private ConversationPatch() {}

  static ConversationChanges parse(JsonValue json) {
    JsonFields fields = JsonFields.of(json, FIELDS);
    Optional<Boolean> starred = fields.bool("isStarred");
    Optional<Integer> unread = fields.integer("unreadCount", 0, Conversation.MAX_UNREAD);
    Optional<String> rawStatus = fields.string("status");
    Optional<String> rawUntil = fields.string("snoozedUntil");
    Optional<Optional<UUID>> assignee = fields.nullableId("assigneeId");
    Optional<Optional<UUID>> team = fields.nullableId("teamId");
    fields.validate();
    List<FieldViolation> violations = new ArrayList<>();
    Optional<ConversationStatus> status = rawStatus.flatMap(ConversationStatus::fromWireName);
    if (rawStatus.isPresent() && status.isEmpty()) {
      violations.add(
          new FieldViolation("status", "must be one of open, pending, snoozed, resolved"));
    }
    Optional<Instant> until = rawUntil.flatMap(Timestamps::parse);
    if (rawUntil.isPresent() && until.isEmpty()) {
      violations.add(
          new FieldViolation("snoozedUntil", "must be an ISO 8601 date-time with a zone"));
    }
    if (status.filter(s -> s == ConversationStatus.SNOOZED).isPresent() && rawUntil.isEmpty()) {
      violations.add(new FieldViolation("snoozedUntil", "is required with status snoozed"));
    }
    if (rawUntil.isPresent() && status.filter(s -> s == ConversationStatus.SNOOZED).isEmpty()) {
      violations.add(new FieldViolation("snoozedUntil", "is allowed only with status snoozed"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ConversationChanges(starred, unread, status, until, assignee, team);
  }
}

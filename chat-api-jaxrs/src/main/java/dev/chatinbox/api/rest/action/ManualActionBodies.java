package dev.chatinbox.api.rest.action;

import dev.chatinbox.api.rest.common.JsonFields;
import dev.chatinbox.core.application.action.ManualActionChanges;
import dev.chatinbox.core.application.action.NewManualAction;
import dev.chatinbox.core.domain.action.ManualActionStatus;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the bodies of the manual action endpoints field by field: wrong types, missing required
 * fields and unknown or read-only fields are a 400 naming each of them at once. The rules on the
 * values (length of the action text, active assignee) are the core's.
 */
final class ManualActionBodies {
  static final Set<String> CREATE_FIELDS = Set.of("conversationId", "action", "assignedTo");
  static final Set<String> UPDATE_FIELDS = Set.of("status", "assignedTo");
  static final String STATUSES = "pending, completed, failed";

  private ManualActionBodies() {}

  static NewManualAction create(JsonValue json) {
    JsonFields fields = JsonFields.of(json, CREATE_FIELDS);
    List<FieldViolation> violations = new ArrayList<>();
    boolean conversationPresent = fields.has("conversationId");
    Optional<String> rawConversation = fields.string("conversationId");
    UUID conversationId = null;
    if (!conversationPresent) {
      violations.add(new FieldViolation("conversationId", "is required"));
    } else if (rawConversation.isPresent()) {
      conversationId = Ids.parse(rawConversation.get()).orElse(null);
      if (conversationId == null) {
        violations.add(new FieldViolation("conversationId", "must be a conversation id (UUID)"));
      }
    }
    boolean actionPresent = fields.has("action");
    Optional<String> action = fields.string("action");
    if (!actionPresent) {
      violations.add(new FieldViolation("action", "is required"));
    }
    Optional<Optional<UUID>> assignee = fields.nullableId("assignedTo");
    validate(fields, violations);
    return new NewManualAction(conversationId, action.orElseThrow(), assignee.flatMap(a -> a));
  }

  static ManualActionChanges update(JsonValue json) {
    JsonFields fields = JsonFields.of(json, UPDATE_FIELDS);
    List<FieldViolation> violations = new ArrayList<>();
    Optional<ManualActionStatus> status =
        fields
            .string("status")
            .flatMap(
                raw -> {
                  Optional<ManualActionStatus> parsed = ManualActionStatus.fromWireName(raw);
                  if (parsed.isEmpty()) {
                    violations.add(new FieldViolation("status", "must be one of " + STATUSES));
                  }
                  return parsed;
                });
    Optional<Optional<UUID>> assignee = fields.nullableId("assignedTo");
    validate(fields, violations);
    return new ManualActionChanges(status, assignee);
  }

  /** Throws one 400 naming what {@code fields} found wrong and what the caller found wrong. */
  private static void validate(JsonFields fields, List<FieldViolation> more) {
    List<FieldViolation> all = new ArrayList<>();
    try {
      fields.validate();
    } catch (InvalidInputException e) {
      all.addAll(e.violations());
    }
    all.addAll(more);
    if (!all.isEmpty()) {
      throw new InvalidInputException(all);
    }
  }
}
